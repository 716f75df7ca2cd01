#!/usr/bin/env node
// What each hop of a classify request costs in Chromium (run by `npm run bench`, on the built
// extension; BOUNCE_NAVI_EXTENSION_DIR names another build). Prints medians, asserts nothing.
// In Chrome a raw bounce travels content script → service worker → offscreen document → worker
// and back (lib/classifier-host); both runtime-message hops are JSON-serialised, so the mail goes
// as base64 text. Measured from an extension page (the same runtime messages as the content
// script's), on the sidebar benchmark's bounce (2.8 KB) and on that bounce with 5 MB of text
// appended (a returned original with a large attachment):
//  T0 page → service worker → page, a request with no classification (refresh-badge);
//  T1 page → service worker → offscreen document → worker → back (what the sidebar waits for);
//  T3 service worker → offscreen document → worker → back;
//  T2 page → its own worker → page: the classification with one postMessage each way;
//  and the first job of a worker: just started, and loaded 0.5 s before (warm-up.ts).
// So T1 − T3 is the content-to-service-worker hop, T3 − T2 the service-worker-to-document hop.
/* global chrome -- the code passed to evaluate() runs in the extension page and service worker */
import { launchWithExtension } from '../../tests/webmail-sim/browser.mjs';
import { readFixture, sceneById } from '../../tests/webmail-sim/scenes.mjs';
const base = sceneById('gmail-user-unknown-u1');
const small = readFixture(Object.values(base.download)[0].eml);
/** The bounce with `mb` megabytes of 76-column text lines appended to its body. */
const grown = (mb) => Buffer.concat([small, Buffer.from(`${'x'.repeat(76)}\r\n`.repeat(Math.ceil((mb * 1048576) / 78)))]);
const median = (v) => {
  const s = [...v].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

async function measure(raw, N) {
  const rawBase64 = raw.toString('base64');
  const browser = await launchWithExtension({ lang: 'ja' });
  const ctx = browser.context;
  const sw = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
  const id = new URL(sw.url()).host;
  const page = await ctx.newPage();
  await page.goto(`chrome-extension://${id}/options.html`);
  await page.waitForTimeout(1500);
  // T2: page → its own worker → page (the classification plus one postMessage each way).
  const firsts = [];
  for (let k = 0; k < 5; k++) firsts.push(await page.evaluate(async ({ rawBase64 }) => {
    const w = new Worker('/classifier-worker.js');
    const ask = (id) => new Promise((r) => { w.onmessage = () => r(); w.postMessage({ id, input: { rawBase64 } }); });
    const t = performance.now();
    await ask(0);
    const first = performance.now() - t;
    // Loaded but never used: how long the first job takes in a worker started a while ago.
    const w2 = new Worker('/classifier-worker.js');
    await new Promise((r) => setTimeout(r, 500));
    const ask2 = (id) => new Promise((r) => { w2.onmessage = () => r(); w2.postMessage({ id, input: { rawBase64 } }); });
    const t2 = performance.now();
    await ask2(0);
    const loadedFirst = performance.now() - t2;
    w.terminate(); w2.terminate();
    return { first, loadedFirst };
  }, { rawBase64 }));
  const t2 = await page.evaluate(async ({ rawBase64, N }) => {
    const w = new Worker('/classifier-worker.js');
    const ask = (id) => new Promise((r) => { w.onmessage = () => r(); w.postMessage({ id, input: { rawBase64 } }); });
    await ask(0);
    const out = [];
    for (let i = 1; i <= N; i++) { const t = performance.now(); await ask(i); out.push(performance.now() - t); }
    w.terminate();
    return out;
  }, { rawBase64, N });
  // T3: service worker → offscreen document → its worker → back.
  const t3 = await sw.evaluate(async ({ rawBase64, N }) => {
    const out = [];
    const ask = () => chrome.runtime.sendMessage({ target: 'bounce-navi/classifier-host', input: { rawBase64 }, deadlineMs: 3000 });
    await ask();
    for (let i = 0; i < N; i++) { const t = performance.now(); await ask(); out.push(performance.now() - t); }
    return out;
  }, { rawBase64, N });
  // T1: extension page → service worker (handlers) → offscreen → worker → back → back.
  const t1 = await page.evaluate(async ({ rawBase64, N }) => {
    const out = [];
    const ask = () => chrome.runtime.sendMessage({ type: 'classify', rawBase64 });
    const first = await ask();
    for (let i = 0; i < N; i++) { const t = performance.now(); await ask(); out.push(performance.now() - t); }
    return { out, kind: first?.kind ?? JSON.stringify(first).slice(0, 80) };
  }, { rawBase64, N });
  // T0: page → service worker → back with no classification (a cheap request), the hop alone.
  const t0 = await page.evaluate(async ({ N }) => {
    const out = [];
    for (let i = 0; i < N; i++) { const t = performance.now(); await chrome.runtime.sendMessage({ type: 'refresh-badge' }); out.push(performance.now() - t); }
    return out;
  }, { N });
  await browser.close();
  const f = (v) => `${median(v).toFixed(1)} ms`;
  console.log(`\nmail ${(raw.length / 1024).toFixed(1)} KB (base64 ${(rawBase64.length / 1024).toFixed(1)} KB), medians of ${N}, answer: ${t1.kind}`);
  console.log(`T0 page→SW→page (refresh-badge):               ${f(t0)}`);
  console.log(`T1 page→SW→offscreen→worker→…→page (classify): ${f(t1.out)}`);
  console.log(`T3 SW→offscreen→worker→SW:                     ${f(t3)}`);
  console.log(`T2 page→worker→page (classification alone):    ${f(t2)}`);
  console.log(`fresh worker, first job incl. start:            ${f(firsts.map((x) => x.first))}`);
  console.log(`worker loaded 0.5 s before, its first job:      ${f(firsts.map((x) => x.loadedFirst))}`);
}

console.log('Classify request, per hop (Chromium, built extension; medians):');
await measure(small, 40);
await measure(grown(5), 8);
