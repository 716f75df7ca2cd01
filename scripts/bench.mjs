#!/usr/bin/env node
// `npm run bench`: runs every benchmark in scripts/bench/ in name order and prints their figures.
// Arguments are passed to each (the classifier benchmark takes a folder of mails), except
// `--no-import`, which skips the mailbox-import benchmark (import.mjs: it writes a 1 GB mbox and
// takes a few minutes). Benchmarks print measurements; they do not pass or fail on timing.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

// The webmail and popup benchmarks measure the built extension: build both targets first, so
// that no figure comes from a stale .output/ (a stale Firefox build once reported 74 KB).
for (const script of ['build', 'build:firefox']) {
  console.log(`\n════ npm run ${script} ════`);
  const built = spawnSync('npm', ['run', '-s', script], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (built.status !== 0) {
    console.error(`npm run ${script} failed; the benchmarks need the built extension.`);
    process.exit(1);
  }
}

const skipImport = process.argv.includes('--no-import');
const passed = process.argv.slice(2).filter((arg) => arg !== '--no-import');
const dir = path.resolve('scripts/bench');
const benches = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.mjs'))
  .filter((f) => !(skipImport && f === 'import.mjs'))
  .sort();
let failed = 0;
for (const file of benches) {
  console.log(`\n════ ${file.replace(/\.mjs$/, '')} ════`);
  const result = spawnSync(process.execPath, ['--expose-gc', path.join(dir, file), ...passed], { stdio: 'inherit' });
  if (result.status !== 0) failed += 1;
}
process.exit(failed > 0 ? 1 : 0);
