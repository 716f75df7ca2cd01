#!/usr/bin/env node
// The classifier's benchmark: `npm run bench -- [folder] [--no-browser]` (default folder:
// tests/fixtures/eml, read recursively). For each mail, postal-mime's own parse (with the
// options the classifier uses) and the whole classification are timed; printed are mails/s,
// per-mail median and p95 of both, their ratio (issue 3: classification must cost at most 1.5x
// the parse), and peak memory.
//
// Three runs, because postal-mime's cost depends on the Blob it assembles every MIME part with:
//  1. node, with the command-line Blob (scripts/cli/fast-blob.ts, a plain byte copy): the
//     strictest comparison, our code against postal-mime's own JavaScript;
//  2. node, with node's own Blob (stream-based, slow for this);
//  3. Chromium (headless, Debian's /usr/bin/chromium), the engine the extension runs in, with
//     the browser's Blob; skipped with --no-browser or when Chromium is missing.
// Times are taken warm (each mail's best of several passes, parse and classification back to
// back); the cold first pass is printed too. Run by scripts/bench.mjs with --expose-gc.
import fs from 'node:fs';
import path from 'node:path';
import { ensureCliBundle } from '../build-cli.mjs';

const args = process.argv.slice(2);
const folder = args.find((a) => !a.startsWith('--')) ?? 'tests/fixtures/eml';
const withBrowser = !args.includes('--no-browser');
if (!fs.existsSync(folder)) {
  console.error(`usage: npm run bench -- [folder of mails] [--no-browser]  (not found: ${folder})`);
  process.exit(2);
}

function listFiles(dir) {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => (entry.isDirectory() ? listFiles(path.join(dir, entry.name)) : entry.name.endsWith('.eml') || !entry.name.includes('.') ? [path.join(dir, entry.name)] : []));
}

const mails = listFiles(folder).map((file) => new Uint8Array(fs.readFileSync(file)));
if (mails.length === 0) {
  console.error(`no mails in ${folder}`);
  process.exit(2);
}
const rounds = Math.max(5, Math.min(30, Math.ceil(3000 / mails.length)));

let peakRss = 0;
let peakHeap = 0;
function sampleMemory() {
  const { rss, heapUsed } = process.memoryUsage();
  peakRss = Math.max(peakRss, rss);
  peakHeap = Math.max(peakHeap, heapUsed);
}

function quantile(sorted, q) {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

function summary(times) {
  const sorted = [...times].sort((a, b) => a - b);
  const total = times.reduce((sum, t) => sum + t, 0);
  return { total, median: quantile(sorted, 0.5), p95: quantile(sorted, 0.95), perSecond: (times.length / total) * 1000 };
}

const ms = (v) => `${v.toFixed(3)} ms`;
const total = (times) => `${times.reduce((s, t) => s + t, 0).toFixed(0)} ms`;

function print(title, m) {
  const p = summary(m.parse);
  const c = summary(m.classify);
  const ratios = m.classify.map((t, i) => t / Math.max(m.parse[i], 1e-6)).sort((a, b) => a - b);
  console.log(`\n${title}`);
  console.log('                      mails/s   median      p95         cold pass');
  console.log(`postal-mime parse    ${p.perSecond.toFixed(0).padStart(8)}   ${ms(p.median).padEnd(11)} ${ms(p.p95).padEnd(11)} ${total(m.coldParse)}`);
  console.log(`whole classification ${c.perSecond.toFixed(0).padStart(8)}   ${ms(c.median).padEnd(11)} ${ms(c.p95).padEnd(11)} ${total(m.coldClassify)}`);
  console.log(
    `ratio classification / parse: total ${(c.total / p.total).toFixed(2)}x, median ${(c.median / p.median).toFixed(2)}x, per-mail median ${quantile(ratios, 0.5).toFixed(2)}x, per-mail p95 ${quantile(ratios, 0.95).toFixed(2)}x (target: at most 1.5x)`,
  );
}

console.log(`classifier benchmark: ${mails.length} mails from ${folder} (warm: best of ${rounds} passes)`);

const fastBlob = await import(await ensureCliBundle('bench'));
globalThis.gc?.();
print('1. node, command-line Blob (postal-mime\'s JavaScript against ours)', await fastBlob.measure(mails, rounds, sampleMemory));
console.log(`peak memory: rss ${(peakRss / 1048576).toFixed(1)} MB, heap ${(peakHeap / 1048576).toFixed(1)} MB`);

const nativeBlob = await import(await ensureCliBundle('bench-native-blob'));
globalThis.gc?.();
print("2. node, node's own Blob", await nativeBlob.measure(mails, rounds));

if (withBrowser) await measureInChromium();

/** The same measurement in a blank Chromium page, with the browser's Blob. */
async function measureInChromium() {
  let launched;
  try {
    const { chromium } = await import('playwright-core');
    const { findChromium } = await import('../../tests/webmail-sim/browser.mjs');
    launched = await chromium.launch({ executablePath: findChromium(), headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  } catch (error) {
    console.log(`\n3. Chromium: skipped (${String(error?.message ?? error).split('\n')[0]})`);
    return;
  }
  try {
    const page = await launched.newPage();
    await page.addScriptTag({ content: fs.readFileSync(await ensureCliBundle('bench-browser'), 'utf8') });
    const encoded = mails.map((bytes) => Buffer.from(bytes).toString('base64'));
    const result = await page.evaluate(
      async ({ encoded, rounds }) => {
        const decoded = encoded.map((text) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0)));
        return globalThis.bounceBench.measure(decoded, rounds);
      },
      { encoded, rounds: Math.max(3, Math.ceil(rounds / 2)) },
    );
    const version = launched.version();
    print(`3. Chromium ${version} (headless page; its timer is coarsened to 0.1 ms)`, result);
  } finally {
    await launched.close();
  }
}
