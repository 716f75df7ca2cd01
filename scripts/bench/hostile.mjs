#!/usr/bin/env node
// Worst time per hostile input class (tests/bounce/hostile-inputs.ts), classified in node:
// `node scripts/bench/hostile.mjs [project root]` — run against an older checkout's root for the
// "before" figures (docs/hostile-input.md). Best of three runs per input (one when over 5 s).
// The root is the first argument that is a project root (a folder holding lib/bounce/index.ts);
// others are ignored, since `npm run bench -- [mail folder] [--no-browser]` passes its own
// arguments to every benchmark.
import fs from 'node:fs';
import path from 'node:path';
import { importTs } from '../lib/import-ts.mjs';

const given = process.argv.slice(2).find((arg) => !arg.startsWith('--') && fs.existsSync(path.join(arg, 'lib/bounce/index.ts')));
const root = path.resolve(given ?? path.join(import.meta.dirname, '..', '..'));
const here = path.resolve(import.meta.dirname, '..', '..');
const { classifyBounce } = await importTs(path.join(root, 'lib/bounce/index.ts'));
const { hostileCases, manyAtSender } = await importTs(path.join(here, 'tests/bounce/hostile-inputs.ts'));
const { findAddress } = await importTs(path.join(root, 'lib/webmail/dom.ts'));
const encoder = new TextEncoder();
for (const hostile of hostileCases) {
  const bytes = encoder.encode(hostile.mail());
  let best = Infinity;
  let report;
  for (let run = 0; run < 3 && (run === 0 || best < 5000); run++) {
    const started = performance.now();
    report = await classifyBounce(bytes);
    best = Math.min(best, performance.now() - started);
  }
  const verdict = report.kind === 'unparsed' ? `unparsed/${report.cause}` : report.kind;
  console.log(`${best.toFixed(0).padStart(7)} ms  ${(bytes.length / 1024).toFixed(0).padStart(5)} KB  ${verdict.padEnd(24)} ${hostile.name}`);
}
const started = performance.now();
findAddress(`${manyAtSender} <${manyAtSender}>`);
console.log(`${(performance.now() - started).toFixed(0).padStart(7)} ms  content script: findAddress on a 2,000-"@" sender`);
