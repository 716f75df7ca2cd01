#!/usr/bin/env node
// Explanations and typo benchmark (run by `npm run bench`). Prints figures, asserts nothing:
//  1. what lib/explain (both languages, the glossary) and lib/typo add to a bundle, minified and gzip -9;
//  2. time per explainReport + explainRecipient for a three-recipient bounce;
//  3. findGlossaryTerms on the longest text it reads (MAX_GLOSSARY_SCAN_CHARS), realistic and adversarial;
//  4. time per suggestAddress over the typo table's inputs.
import { performance } from 'node:perf_hooks';
import { bundleSize, importTs } from '../lib/import-ts.mjs';

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const perCall = (ms, n) => `${((ms * 1000) / n).toFixed(1)} µs per call`;

function time(fn, n) {
  for (let i = 0; i < Math.min(n, 200); i += 1) fn(i); // warm up
  const started = performance.now();
  for (let i = 0; i < n; i += 1) fn(i);
  return performance.now() - started;
}

console.log('Bundle size (minified / gzip -9):');
for (const entry of ['lib/explain/index.ts', 'lib/typo/index.ts']) {
  const size = await bundleSize(entry);
  console.log(`  ${entry}: ${kb(size.minified)} / ${kb(size.gzip)}`);
}

const explain = await importTs('lib/explain/index.ts');
const typo = await importTs('lib/typo/index.ts');
const table = await importTs('tests/typo/table.ts');

const recipient = (address, reason, severity, status, diagnosticCode) => ({
  recipient: address, action: 'failed', reason, severity, hardbounce: severity === 'hard', status, replyCode: status.startsWith('4') ? '452' : '550',
  remoteMta: 'mx.example.jp', command: 'RCPT', diagnosticCode, decoder: 'rfc3464', evidence: { source: 'status-code', matched: status, rule: 'bench' },
});
const report = {
  kind: 'bounce', decoder: 'rfc3464', input: 'raw',
  notice: { subject: 'Undelivered Mail Returned to Sender', from: 'MAILER-DAEMON@example.jp', date: '', messageId: '<bench@example.jp>' },
  recipients: [
    recipient('taro@example.co.jp', 'userunknown', 'hard', '5.1.1', '550 5.1.1 <taro@example.co.jp>: Recipient address rejected: User unknown'),
    recipient('hanako@docomo.ne.jp', 'filtered', 'soft', '5.2.0', '550 Unknown user hanako@docomo.ne.jp'),
    recipient('jiro@example.jp', 'mailboxfull', 'soft', '4.2.2', '452 4.2.2 Mailbox full'),
  ],
};
const N = 20_000;
const reportMs = time(() => {
  explain.explainReport(report, 'ja');
  for (const r of report.recipients) explain.explainRecipient(r, 'ja');
}, N);
console.log(`\nexplainReport + 3 × explainRecipient (ja): ${perCall(reportMs, N)}`);

const realistic = `Diagnostic-Code: smtp; 550-5.7.26 Unauthenticated email from example.co.jp is not accepted due to domain's DMARC policy. gsmtp\n`;
const longRealistic = realistic.repeat(Math.ceil(explain.MAX_GLOSSARY_SCAN_CHARS / realistic.length));
const adversarial = '5.1.1055055 spamhau user unknow '.repeat(Math.ceil(explain.MAX_GLOSSARY_SCAN_CHARS / 32));
const G = 200;
console.log(`findGlossaryTerms on ${kb(explain.MAX_GLOSSARY_SCAN_CHARS)} of bounce text: ${(time(() => explain.findGlossaryTerms(longRealistic, 'ja'), G) / G).toFixed(2)} ms per call`);
console.log(`findGlossaryTerms on ${kb(explain.MAX_GLOSSARY_SCAN_CHARS)} of near-misses: ${(time(() => explain.findGlossaryTerms(adversarial, 'ja'), G) / G).toFixed(2)} ms per call`);
console.log(`findGlossaryTerms on a 1 MB text (capped): ${(time(() => explain.findGlossaryTerms(adversarial.repeat(32), 'ja'), 20) / 20).toFixed(2)} ms per call`);

const inputs = [...table.validDomains, ...table.ambiguousDomains, ...table.domainTypos.map(([typed]) => typed)].map((domain) => `taro@${domain}`);
const typoMs = time((i) => typo.suggestAddress(inputs[i % inputs.length], { reason: 'hostunknown' }), N);
console.log(`suggestAddress over ${inputs.length} table inputs: ${perCall(typoMs, N)}`);
