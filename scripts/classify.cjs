#!/usr/bin/env node
// `npm run -s classify -- [--jsonl] <file or folder>...` (`node scripts/classify.cjs ...`): runs the prebuilt CLI bundle,
// dist/cli/classify.cjs (see scripts/cli/classify-main.ts). Nothing else loads before the first
// mail: no build tool and no check of the bundle's age against its sources (that check read
// 120-odd file dates on every run). The bundle is built by postinstall (`npm ci`); after editing
// lib/bounce or scripts/cli, rebuild it with `npm run build:cli` (the CLI test, `npm run eval` and
// `npm run bench` rebuild a stale bundle by themselves). Only a missing bundle is built here.
//
// The bundle is compiled through vm.Script with V8's code cache, which scripts/build-cli.mjs
// writes beside it after a warm run over tests/fixtures/eml (so it holds the bytecode of the
// functions that run compiled lazily, not only the top level): for the corpus's 376 mails about
// 10% less wall time, 12% less CPU, 30-40 ms less of main thread (docs/classifier.md, "CLI speed,
// issue 10, third round").
// The cache's name carries the bundle's build id (the bundle's last line), so a cache from
// another build is never found; one that V8 rejects (another node, other flags) is ignored and
// the bundle compiles as without it.
//
// A CommonJS file, so that node does not start its ES module loader for the entry point: about
// 7 ms less of main thread before the first mail (scripts/classify.mjs, which imports this file,
// pays it).
'use strict';
const fs = require('node:fs');
const { createRequire } = require('node:module');
const path = require('node:path');
const v8 = require('node:v8');
const vm = require('node:vm');

// TurboFan without inlining: the run is mostly V8's cold pass, and inlining made TurboFan's
// background compiles cost about 0.34 s of CPU for the corpus's 376 mails against 0.20 s
// without, for the same main-thread time, and 5,000 mails took 10% less CPU (docs/classifier.md,
// "CLI speed, issue 10, second round"). Set before the bundle loads; it concerns this process only
// (and the code cache is made under the same flag, or V8 would reject it).
v8.setFlagsFromString('--no-turbo-inlining');

const bundleFile = path.join(__dirname, '..', 'dist', 'cli', 'classify.cjs');

/** The bundle's exports and its compiled script, or undefined when there is no bundle. */
function loadBundle() {
  let source;
  try {
    source = fs.readFileSync(bundleFile, 'utf8');
  } catch (error) {
    if (error?.code === 'ENOENT') return undefined;
    throw error;
  }
  const dir = path.dirname(bundleFile);
  const buildId = /\/\/# build=(\w+)\s*$/.exec(source.slice(-64))?.[1];
  let cachedData;
  if (buildId) {
    try {
      cachedData = fs.readFileSync(path.join(dir, `classify.${buildId}.v8cache`));
    } catch {
      // No cache (yet): compile as usual.
    }
  }
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: bundleFile, cachedData });
  // For tests/bounce/cli.test.ts: whether the cache that the build wrote is the one V8 takes.
  if (process.env.BOUNCE_NAVI_CODE_CACHE_STATUS) process.stderr.write(`code cache: ${cachedData === undefined ? 'none' : script.cachedDataRejected ? 'rejected' : 'accepted'}\n`);
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(bundleFile), module, bundleFile, dir);
  return { main: module.exports.main, script };
}

async function run() {
  let bundle = loadBundle();
  if (!bundle) {
    const { ensureCliBundle } = await import('./build-cli.mjs');
    await ensureCliBundle('classify');
    bundle = loadBundle();
  }
  process.exitCode = await bundle.main(process.argv.slice(2));
  // scripts/build-cli.mjs sets this for its warm run: the cache then holds every function that ran.
  const cacheOut = process.env.BOUNCE_NAVI_WRITE_CODE_CACHE;
  if (cacheOut) fs.writeFileSync(cacheOut, bundle.script.createCachedData());
}

run().catch((error) => {
  process.stderr.write(`${error?.stack ?? error}\n`);
  process.exitCode = 1;
});
