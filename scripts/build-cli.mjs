#!/usr/bin/env node
// Bundles the classifier CLI, the corpus evaluation and the benchmark's code (the classifier
// and postal-mime) into single minified files under dist/cli/, so that `npm run classify`,
// `npm run eval` and `npm run bench` start without compiling TypeScript.
// Run by postinstall and `npm run build:cli`; the eval and bench scripts and the CLI
// test call ensureCliBundle() to rebuild when a source is newer than the bundle. scripts/classify.mjs
// does not (it starts the bundle at once), so after editing lib/bounce run `npm run build:cli`.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const bundleDir = path.join(root, 'dist', 'cli');
/** Bundles for node, with the command-line Blob (scripts/cli/fast-blob.ts). */
const entries = { classify: 'scripts/cli/classify-main.ts', eval: 'scripts/cli/eval-main.ts', bench: 'scripts/cli/bench-entry.ts' };
/** The benchmark again with node's own Blob, and as a classic script for a Chromium page. */
const nativeBlobEntries = { 'bench-native-blob': 'scripts/cli/bench-entry.ts' };
const browserEntries = { 'bench-browser': 'scripts/cli/bench-browser.ts' };
/** Everything a bundle is made of: when one of these is newer, the bundle is rebuilt. */
const sourceRoots = ['lib/bounce', 'scripts/cli', 'package-lock.json', 'scripts/build-cli.mjs'];

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
  const bundle = path.join(bundleDir, name in browserEntries ? `${name}.js` : `${name}.mjs`);
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
  const forNode = { ...common, outExtension: { '.js': '.mjs' }, format: 'esm', platform: 'node', target: 'node20' };
  await Promise.all([
    // node's Blob is slow for postal-mime's part assembly; see scripts/cli/fast-blob.ts.
    build({ ...forNode, entryPoints: entryPoints(entries), inject: [path.join(root, 'scripts/cli/fast-blob.ts')] }),
    build({ ...forNode, entryPoints: entryPoints(nativeBlobEntries) }),
    build({ ...common, entryPoints: entryPoints(browserEntries), format: 'iife', platform: 'browser', target: 'chrome120' }),
  ]);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildCli();
