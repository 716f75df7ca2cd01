#!/usr/bin/env node
// Classification that can be stopped (docs/hostile-input.md), against the built Chrome extension:
// how long one slow mail holds the background. An options page sends a bounce whose returned
// original is N one-letter lines, then the badge request 200 ms later, then an ordinary bounce;
// printed: each answer's time, the slow mail's report, and the first / warm classify times.
// Prints figures; asserts nothing about time.
/* global chrome -- page.evaluate runs in the extension page */
import fs from 'node:fs';
import path from 'node:path';
import { launchWithExtension } from '../../tests/webmail-sim/browser.mjs';

const ordinary = fs.readFileSync(path.resolve('tests/fixtures/eml/gmail/01-address-not-found.eml')).toString('base64');
const slowMail = (lines) =>
  `From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\nTo: user@example.com\nSubject: Delivery Status Notification (Failure)\nMIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary="b1"\n\n--b1\nContent-Type: text/plain\n\nAddress not found.\n\n--b1\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; googlemail.com\n\nFinal-Recipient: rfc822; nobody@example.org\nAction: failed\nStatus: 5.1.1\n\n--b1\nContent-Type: message/rfc822\n\nFrom: user@example.com\nTo: nobody@example.org\nSubject: lines\n\n${'a\n'.repeat(lines)}\n--b1--\n`;

if (!fs.existsSync(path.resolve('.output/chrome-mv3/manifest.json'))) {
  console.error('The extension is not built: run `npm run build` first.');
  process.exit(1);
}
const fmt = (ms) => `${(ms / 1000).toFixed(2)} s`;
console.log('One slow mail and the background (Chromium, built extension):');
for (const lines of [200_000, 1_000_000]) {
  const browser = await launchWithExtension({ lang: 'ja' });
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  const r = await page.evaluate(
    async ({ slow, ordinary }) => {
      const ask = (m) => chrome.runtime.sendMessage(m);
      const timed = async (m) => {
        const t = performance.now();
        const answer = await ask(m);
        return { ms: performance.now() - t, answer };
      };
      const first = await timed({ type: 'classify', rawBase64: ordinary });
      const warm = [];
      for (let i = 0; i < 10; i++) warm.push((await timed({ type: 'classify', rawBase64: ordinary })).ms);
      const t0 = performance.now();
      const slowAnswer = ask({ type: 'classify', rawBase64: btoa(slow) }).then((a) => ({ ms: performance.now() - t0, verdict: a.kind === 'unparsed' ? `unparsed/${a.cause} (${a.detail})` : a.kind }));
      await new Promise((resolve) => setTimeout(resolve, 200));
      const badge = await timed({ type: 'refresh-badge' });
      const other = await timed({ type: 'classify', rawBase64: ordinary });
      return { first: first.ms, warm: warm.sort((a, b) => a - b)[5], badge: badge.ms, other: other.ms, slow: await slowAnswer };
    },
    { slow: slowMail(lines), ordinary },
  );
  await browser.close();
  console.log(`  ${lines.toLocaleString('en')} lines: slow mail answered after ${fmt(r.slow.ms)}, ${r.slow.verdict}; badge (sent at 0.2 s) answered in ${fmt(r.badge)}; ordinary bounce sent next answered in ${fmt(r.other)}`);
  console.log(`    ordinary bounce: first classify after start ${fmt(r.first)}, warm median ${fmt(r.warm)}`);
}
