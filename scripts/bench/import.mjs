#!/usr/bin/env node
// Mailbox-import benchmark (issue 14; run by `npm run bench`, which builds first; skipped with
// `npm run bench -- --no-import`, since it takes minutes). Prints figures, asserts nothing
// about time:
//  1. A generated 1 GB mbox of 20,000 mails (one in 20 a bounce of ours to a distinct
//     recipient, the rest ordinary mails with a ~53 KB base64 attachment;
//     tests/webmail-sim/mailbox.mjs writeBenchMailbox) is written to a temporary folder (removed
//     at the end) and imported through the real options page of the built extension in headless
//     Chromium, as a user does (the file input, Playwright setInputFiles, as the E2E does): total
//     time from choosing the file to the summary, mails/s, bounces found and recipients added
//     (from the summary, and the stored list read in the service worker), and the page's memory:
//     the JS heap (CDP Performance.getMetrics JSHeapUsedSize / JSHeapTotalSize, sampled every
//     250 ms) and the extension's renderer process (the options page and the service worker:
//     Chromium's processes of this profile with --type=renderer --extension-process), RSS
//     sampled from /proc and its kernel high-water mark (VmHWM), with its CPU time.
//  2. The CLI on the same file (`node scripts/classify.cjs --jsonl <file>`): wall and CPU time,
//     mails and bounces in its output, and its peak RSS (/usr/bin/time -v's maximum resident set
//     size; else VmHWM polled from /proc).
// Both are run first on one tenth of the file (100 MB / 2,000 mails), the control that shows the
// memory does not grow with the file.
// Goal (issue 14): ≤ 120 s for the import, memory bounded (independent of the file's size).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchWithExtension } from '../../tests/webmail-sim/browser.mjs';
import { writeBenchMailbox } from '../../tests/webmail-sim/mailbox.mjs';

const MB = 1024 * 1024;
const fmtMB = (bytes) => `${(bytes / MB).toFixed(1)} MB`;
const CLOCK_TICK_MS = 10;

/** /proc/<pid>/status as a map (VmRSS, VmHWM in kB), or undefined once the process is gone. */
function procStatus(pid) {
  try {
    const fields = new Map();
    for (const line of fs.readFileSync(`/proc/${pid}/status`, 'utf8').split('\n')) {
      const [key, value] = line.split(':\t');
      if (value !== undefined) fields.set(key, value.trim());
    }
    return fields;
  } catch {
    return undefined;
  }
}
const kB = (value) => Number.parseInt(value ?? '0', 10) * 1024;

/** User + system CPU time of a process in ms (/proc/<pid>/stat), or undefined. */
function cpuMs(pid) {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * CLOCK_TICK_MS;
  } catch {
    return undefined;
  }
}

/** A process's command line as one string (Chromium's children rewrite theirs as one, space-separated). */
function cmdline(pid) {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
  } catch {
    return '';
  }
}

/**
 * The extension renderer processes of the Chromium started with this profile folder: every
 * process of that browser carries its --user-data-dir; the extension's pages and its service
 * worker share the one with --extension-process.
 */
function extensionRenderers(userDataDir) {
  return fs
    .readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .filter((pid) => {
      const args = ` ${cmdline(pid)} `;
      return args.includes(` --user-data-dir=${userDataDir} `) && args.includes(' --type=renderer ') && args.includes(' --extension-process ');
    })
    .map(Number);
}

const loadAverage = () => os.loadavg().map((n) => n.toFixed(1)).join(' ');

async function importInBrowser(file, expected) {
  const browser = await launchWithExtension({ lang: 'ja' });
  try {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await page.getByTestId('bn-mailbox-file').waitFor({ state: 'attached' });
    const renderers = extensionRenderers(browser.userDataDir);
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const heap = { used: 0, total: 0, samples: 0, start: 0 };
    const rss = { peak: 0, start: 0 };
    const readHeap = async () => {
      const { metrics } = await cdp.send('Performance.getMetrics');
      const value = (name) => metrics.find((m) => m.name === name)?.value ?? 0;
      return { used: value('JSHeapUsedSize'), total: value('JSHeapTotalSize') };
    };
    const readRss = () => renderers.reduce((sum, pid) => sum + kB(procStatus(pid)?.get('VmRSS')), 0);
    await cdp.send('HeapProfiler.collectGarbage').catch(() => {});
    heap.start = (await readHeap()).used;
    rss.start = readRss();
    const cpuBefore = renderers.reduce((sum, pid) => sum + (cpuMs(pid) ?? 0), 0);
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        try {
          const now = await readHeap();
          heap.used = Math.max(heap.used, now.used);
          heap.total = Math.max(heap.total, now.total);
          heap.samples += 1;
        } catch {
          // the page is closing
        }
        rss.peak = Math.max(rss.peak, readRss());
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    })();

    const started = performance.now();
    await page.getByTestId('bn-mailbox-file').setInputFiles(file);
    const summary = page.locator('[data-testid="bn-mailbox-summary"]');
    await summary.waitFor({ timeout: 30 * 60_000 });
    const seconds = (performance.now() - started) / 1000;
    sampling = false;
    await sampler;
    const cpu = renderers.reduce((sum, pid) => sum + (cpuMs(pid) ?? 0), 0) - cpuBefore;
    const hwm = renderers.reduce((sum, pid) => sum + kB(procStatus(pid)?.get('VmHWM')), 0);
    const status = await summary.getAttribute('data-status');
    const text = (await summary.textContent()) ?? '';
    const [, read, bounces, added] = /メール([\d,]+)通のうち、エラーメールは([\d,]+)通でした。新しく記録した宛先は([\d,]+)件です。/.exec(text) ?? [];
    const worker = browser.context.serviceWorkers()[0] ?? (await browser.context.waitForEvent('serviceworker'));
    const storedRows = await worker.evaluate(async () => {
      // eslint-disable-next-line no-undef
      const { trackedRecipients } = await chrome.storage.local.get('trackedRecipients');
      // The stored table (lib/tracker/codec.ts): JSON text of { columns, rows }.
      return typeof trackedRecipients === 'string' ? JSON.parse(trackedRecipients).rows.length : -1;
    });
    const num = (s) => Number(String(s ?? 'NaN').replaceAll(',', ''));
    console.log(`Options page import (headless Chromium, built extension; load average ${loadAverage()}):`);
    console.log(`  summary: ${status}${status === 'done' ? '' : ` — ${text}`}`);
    console.log(`  total time, file chosen → summary: ${seconds.toFixed(1)} s (goal ≤ 120 s); ${(num(read) / seconds).toFixed(0)} mails/s, ${(fs.statSync(file).size / MB / seconds).toFixed(1)} MB/s`);
    console.log(`  CPU time of the extension's renderer process: ${(cpu / 1000).toFixed(1)} s`);
    console.log(`  mails read ${read ?? '?'} (written ${expected.count}); bounces found ${bounces ?? '?'} (written ${expected.bounces}); recipients added ${added ?? '?'}; rows in the stored list ${storedRows}`);
    console.log(`  page JS heap: ${fmtMB(heap.start)} before, peak used ${fmtMB(heap.used)}, peak allocated ${fmtMB(heap.total)} (${heap.samples} samples, every 250 ms)`);
    console.log(`  extension renderer process${renderers.length === 1 ? '' : 'es'} (${renderers.length}; options page + service worker): RSS ${fmtMB(rss.start)} before, peak sampled ${fmtMB(rss.peak)}, kernel high-water mark ${fmtMB(hwm)}`);
  } finally {
    await browser.close();
  }
}

/** Runs the CLI on the file; answers wall time, CPU time, peak RSS, and what its JSONL said. */
function runCli(file) {
  const useTime = fs.existsSync('/usr/bin/time');
  const env = { ...process.env };
  delete env.NODE_EXTRA_CA_CERTS;
  const command = [process.execPath, 'scripts/classify.cjs', '--jsonl', file];
  const child = useTime ? spawn('/usr/bin/time', ['-v', ...command], { env, stdio: ['ignore', 'pipe', 'pipe'] }) : spawn(command[0], command.slice(1), { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const started = performance.now();
  let mails = 0;
  let bounces = 0;
  let rest = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (data) => {
    const lines = (rest + data).split('\n');
    rest = lines.pop();
    for (const line of lines) {
      if (!line) continue;
      mails += 1;
      if (line.includes('"kind":"bounce"')) bounces += 1;
    }
  });
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (data) => (stderr += data));
  // Without /usr/bin/time: VmHWM polled (the child is node itself).
  let polledPeak = 0;
  const poll = useTime ? undefined : setInterval(() => (polledPeak = Math.max(polledPeak, kB(procStatus(child.pid)?.get('VmHWM')))), 100);
  let cpuPolled = 0;
  const cpuPoll = useTime ? undefined : setInterval(() => (cpuPolled = cpuMs(child.pid) ?? cpuPolled), 100);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(poll);
      clearInterval(cpuPoll);
      const wall = (performance.now() - started) / 1000;
      if (code !== 0) return reject(new Error(`the CLI exited ${code}: ${stderr.slice(-500)}`));
      const match = (re) => re.exec(stderr)?.[1];
      const peak = useTime ? Number(match(/Maximum resident set size \(kbytes\): (\d+)/)) * 1024 : polledPeak;
      const cpu = useTime ? Number(match(/User time \(seconds\): ([\d.]+)/)) + Number(match(/System time \(seconds\): ([\d.]+)/)) : cpuPolled / 1000;
      resolve({ wall, cpu, peak, mails, bounces, how: useTime ? '/usr/bin/time -v' : 'VmHWM polled every 100 ms' });
    });
  });
}

// The 1 GB file, and one tenth of it first: memory that is bounded stays the same, whatever the size.
const sizes = [
  { label: '100 MB / 2,000 mails (control)', count: 2_000, totalBytes: 1024 ** 3 / 10 },
  { label: '1 GB / 20,000 mails', count: 20_000, totalBytes: 1024 ** 3 },
];
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bounce-navi-import-bench-'));
try {
  for (const size of sizes) {
    console.log(`\n──── ${size.label} ────`);
    const file = path.join(dir, 'Takeout-All-mail.mbox');
    const writeStarted = performance.now();
    const written = await writeBenchMailbox(file, { count: size.count, totalBytes: size.totalBytes, bounceEvery: 20 });
    console.log(`Generated ${file}: ${written.count} mails, ${written.bounces} bounces of ours, ${fmtMB(written.bytes)} (${((performance.now() - writeStarted) / 1000).toFixed(1)} s)\n`);
    await importInBrowser(file, written);
    const cli = await runCli(file);
    console.log(`CLI on the same file (node scripts/classify.cjs --jsonl; load average ${loadAverage()}):`);
    console.log(`  wall ${cli.wall.toFixed(1)} s, CPU ${cli.cpu.toFixed(1)} s; ${(cli.mails / cli.wall).toFixed(0)} mails/s by wall time`);
    console.log(`  mails classified ${cli.mails}, bounces ${cli.bounces}`);
    console.log(`  peak RSS ${fmtMB(cli.peak)} (${cli.how}; the file is ${fmtMB(written.bytes)})`);
    fs.rmSync(file, { force: true });
  }
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
