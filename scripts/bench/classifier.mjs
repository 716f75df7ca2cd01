#!/usr/bin/env node
// The classifier's benchmark: `npm run bench -- [folder]` (default: tests/fixtures/eml, read
// recursively). For each mail, postal-mime's own parse (with the options the classifier uses)
// and the whole classification are timed; printed are mails/s, per-mail median and p95 of
// both, their ratio (issue 3: classification must cost at most 1.5x the parse), and peak memory.
// Times are taken warm (after a first pass that lets the JIT compile), and the cold first pass
// is printed too. Run by scripts/bench.mjs with --expose-gc.
import fs from 'node:fs';
import path from 'node:path';
import { ensureCliBundle } from '../build-cli.mjs';

const folder = process.argv[2] ?? 'tests/fixtures/eml';
if (!fs.existsSync(folder)) {
  console.error(`usage: npm run bench -- [folder of mails]  (not found: ${folder})`);
  process.exit(2);
}
// Both from one bundle: the same postal-mime code and the same Blob for both measurements.
const { classifyBounce, PostalMime } = await import(await ensureCliBundle('bench'));

function listFiles(dir) {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => (entry.isDirectory() ? listFiles(path.join(dir, entry.name)) : entry.name.endsWith('.eml') || !entry.name.includes('.') ? [path.join(dir, entry.name)] : []));
}

const mails = listFiles(folder).map((file) => fs.readFileSync(file));
if (mails.length === 0) {
  console.error(`no mails in ${folder}`);
  process.exit(2);
}
const parseOptions = { forceRfc822Attachments: true, attachmentEncoding: 'arraybuffer', maxNestingDepth: 50 };
const parse = (bytes) => PostalMime.parse(bytes, parseOptions);
const classify = (bytes) => classifyBounce(bytes);

let peakRss = 0;
let peakHeap = 0;
function sampleMemory() {
  const { rss, heapUsed } = process.memoryUsage();
  peakRss = Math.max(peakRss, rss);
  peakHeap = Math.max(peakHeap, heapUsed);
}

/** One pass over every mail; returns per-mail milliseconds. */
async function pass(fn) {
  const times = [];
  for (const bytes of mails) {
    const started = performance.now();
    await fn(bytes);
    times.push(performance.now() - started);
    sampleMemory();
  }
  return times;
}

function quantile(sorted, q) {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

/**
 * Per-mail minimum over `rounds` warm passes (the least disturbed measurement of each mail).
 * Parse and classification of a mail are timed back to back in each pass, so that a busy
 * machine slows both alike and the ratio stays fair.
 */
async function warm(rounds) {
  const parseBest = mails.map(() => Infinity);
  const classifyBest = mails.map(() => Infinity);
  for (let round = 0; round < rounds; round++) {
    for (let i = 0; i < mails.length; i++) {
      let started = performance.now();
      await parse(mails[i]);
      parseBest[i] = Math.min(parseBest[i], performance.now() - started);
      started = performance.now();
      await classify(mails[i]);
      classifyBest[i] = Math.min(classifyBest[i], performance.now() - started);
    }
    sampleMemory();
  }
  return { parseTimes: parseBest, classifyTimes: classifyBest };
}

const coldParse = await pass(parse);
const coldClassify = await pass(classify);
for (let i = 0; i < 3; i++) {
  await pass(parse);
  await pass(classify);
}
globalThis.gc?.();
const rounds = Math.max(5, Math.min(30, Math.ceil(3000 / mails.length)));
const { parseTimes, classifyTimes } = await warm(rounds);

function summary(times) {
  const sorted = [...times].sort((a, b) => a - b);
  const total = times.reduce((sum, t) => sum + t, 0);
  return { total, median: quantile(sorted, 0.5), p95: quantile(sorted, 0.95), perSecond: (times.length / total) * 1000 };
}

const p = summary(parseTimes);
const c = summary(classifyTimes);
const ratios = classifyTimes.map((t, i) => t / Math.max(parseTimes[i], 1e-6)).sort((a, b) => a - b);
const ms = (v) => `${v.toFixed(3)} ms`;
const total = (times) => `${times.reduce((s, t) => s + t, 0).toFixed(0)} ms`;

console.log(`classifier benchmark: ${mails.length} mails from ${folder} (warm: best of ${rounds} passes)`);
console.log('');
console.log('                      mails/s   median      p95         cold pass');
console.log(`postal-mime parse    ${p.perSecond.toFixed(0).padStart(8)}   ${ms(p.median).padEnd(11)} ${ms(p.p95).padEnd(11)} ${total(coldParse)}`);
console.log(`whole classification ${c.perSecond.toFixed(0).padStart(8)}   ${ms(c.median).padEnd(11)} ${ms(c.p95).padEnd(11)} ${total(coldClassify)}`);
console.log('');
console.log(`ratio classification / parse: total ${(c.total / p.total).toFixed(2)}x, median ${(c.median / p.median).toFixed(2)}x, per-mail median ${quantile(ratios, 0.5).toFixed(2)}x, per-mail p95 ${quantile(ratios, 0.95).toFixed(2)}x (target: at most 1.5x)`);
console.log(`peak memory: rss ${(peakRss / 1048576).toFixed(1)} MB, heap ${(peakHeap / 1048576).toFixed(1)} MB`);
