#!/usr/bin/env node
// `npm run -s classify -- [--jsonl] <file or folder>...`: runs the prebuilt CLI bundle,
// dist/cli/classify.mjs (see scripts/cli/classify-main.ts). Nothing else loads before the first
// mail: no build tool and no check of the bundle's age against its sources (that check read
// 120-odd file dates on every run). The bundle is built by postinstall (`npm ci`); after editing
// lib/bounce or scripts/cli, rebuild it with `npm run build:cli` (the CLI test, `npm run eval` and
// `npm run bench` rebuild a stale bundle by themselves). Only a missing bundle is built here.
import v8 from 'node:v8';

// TurboFan without inlining: the run is mostly V8's cold pass, and inlining made TurboFan's
// background compiles cost about 0.34 s of CPU for the corpus's 376 mails against 0.20 s
// without, for the same main-thread time, and 5,000 mails took 10% less CPU (docs/classifier.md,
// "CLI speed, issue 10, second round"). Set before the bundle loads; it concerns this process only.
v8.setFlagsFromString('--no-turbo-inlining');
let bundle;
try {
  bundle = await import('../dist/cli/classify.mjs');
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
  const { ensureCliBundle } = await import('./build-cli.mjs');
  bundle = await import(await ensureCliBundle('classify'));
}
process.exitCode = await bundle.main(process.argv.slice(2));
