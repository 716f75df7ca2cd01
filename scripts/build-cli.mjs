#!/usr/bin/env node
// Bundles the classifier CLI, the corpus evaluation and the benchmark's code (the classifier
// and postal-mime) into single minified files under dist/cli/, so that `npm run classify`,
// `npm run eval` and `npm run bench` start without compiling TypeScript.
// Run by postinstall and `npm run build:cli`; the eval and bench scripts and the CLI
// test call ensureCliBundle() to rebuild when a source is newer than the bundle. scripts/classify.cjs
// does not (it starts the bundle at once), so after editing lib/bounce run `npm run build:cli`.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const bundleDir = path.join(root, 'dist', 'cli');
/**
 * Bundles for node, with the command-line Blob (scripts/cli/fast-blob.ts). The CLI's is a
 * CommonJS file, because scripts/classify.cjs compiles it through vm.Script with V8's code cache
 * (writeCodeCache below), which takes a classic script, not a module.
 */
const cliEntries = { classify: 'scripts/cli/classify-main.ts' };
const entries = { eval: 'scripts/cli/eval-main.ts', bench: 'scripts/cli/bench-entry.ts' };
/** The benchmark again with node's own Blob, and as a classic script for a Chromium page. */
const nativeBlobEntries = { 'bench-native-blob': 'scripts/cli/bench-entry.ts' };
const browserEntries = { 'bench-browser': 'scripts/cli/bench-browser.ts' };
/** Everything a bundle is made of: when one of these is newer, the bundle is rebuilt. */
const sourceRoots = ['lib/bounce', 'scripts/cli', 'package-lock.json', 'scripts/build-cli.mjs', 'scripts/classify.cjs'];

function newestMtime(target) {
  const stat = fs.statSync(target, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(target, { withFileTypes: true })) {
    newest = Math.max(newest, newestMtime(path.join(target, entry.name)));
  }
  return newest;
}

/** Path of the bundle for `name`, rebuilt first when missing or older than its sources. */
export async function ensureCliBundle(name) {
  const bundle = path.join(bundleDir, name in browserEntries ? `${name}.js` : name in cliEntries ? `${name}.cjs` : `${name}.mjs`);
  const built = fs.statSync(bundle, { throwIfNoEntry: false })?.mtimeMs ?? 0;
  const sources = Math.max(...sourceRoots.map((s) => newestMtime(path.join(root, s))));
  if (built < sources) await buildCli();
  return bundle;
}

function entryPoints(list) {
  return Object.fromEntries(Object.entries(list).map(([name, file]) => [name, path.join(root, file)]));
}

export async function buildCli() {
  const { build } = await import('esbuild');
  const common = { outdir: bundleDir, bundle: true, minify: true, logLevel: 'warning' };
  const forNode = { ...common, platform: 'node', target: 'node20' };
  // node's Blob is slow for postal-mime's part assembly; see scripts/cli/fast-blob.ts.
  const fastBlob = [path.join(root, 'scripts/cli/fast-blob.ts')];
  await Promise.all([
    build({ ...forNode, entryPoints: entryPoints(cliEntries), inject: fastBlob, format: 'cjs', outExtension: { '.js': '.cjs' } }),
    build({ ...forNode, entryPoints: entryPoints(entries), inject: fastBlob, format: 'esm', outExtension: { '.js': '.mjs' } }),
    build({ ...forNode, entryPoints: entryPoints(nativeBlobEntries), format: 'esm', outExtension: { '.js': '.mjs' } }),
    build({ ...common, entryPoints: entryPoints(browserEntries), format: 'iife', platform: 'browser', target: 'chrome120' }),
  ]);
  writeCodeCache();
}

/**
 * Stamps the CLI bundle with a build id (a hash of its text, as its last line) and writes V8's
 * code cache for it, dist/cli/classify.<id>.v8cache: scripts/classify.cjs runs once over our
 * own fixture mails (tests/fixtures/eml) and saves the cache at the end, so it holds the bytecode
 * of every function that ran, not only the top level. A cache of an older build is removed; if
 * the warm run fails, there is no cache and the CLI compiles the bundle as usual.
 */
function writeCodeCache() {
  const bundle = path.join(bundleDir, 'classify.cjs');
  const source = fs.readFileSync(bundle, 'utf8');
  const id = createHash('sha256').update(source).digest('hex').slice(0, 16);
  fs.writeFileSync(bundle, `${source.trimEnd()}\n//# build=${id}\n`);
  for (const old of fs.readdirSync(bundleDir)) {
    if (/^classify\.\w+\.v8cache$/.test(old)) fs.rmSync(path.join(bundleDir, old));
  }
  const fixtures = path.join(root, 'tests/fixtures/eml');
  const folders = fs.existsSync(fixtures)
    ? fs.readdirSync(fixtures, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => path.join(fixtures, e.name)).sort()
    : [];
  if (folders.length === 0) return;
  const cache = path.join(bundleDir, `classify.${id}.v8cache`);
  const run = spawnSync(process.execPath, [path.join(root, 'scripts/classify.cjs'), '--jsonl', ...folders], {
    env: { ...process.env, BOUNCE_NAVI_WRITE_CODE_CACHE: cache },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  if (run.status !== 0) {
    fs.rmSync(cache, { force: true });
    console.warn(`build-cli: no code cache for the CLI (warm run exited ${run.status}): ${String(run.stderr).slice(0, 300)}`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildCli();
