/**
 * "X3", an unidentified MTA (Sisimai's name): "Delivery to the following recipients failed
 * permanently:" with "   * x@example.jp" bullets, then "Technical details:" and lines like
 * "SMTP:RCPT host 192.0.2.1: 553 5.3.0 ...". Its delivery-status part, when there is one, has
 * no recipient fields.
 */
import { emptyFact, type DecodedMail, type RawFact } from '../fact';
import { commandOfWord } from '../smtp';
import { findAddress, splitLines, squeeze } from '../text';
import type { Lhost } from './types';

/**
 * "... failed permanently:", or "... was aborted after 5.0 hour(s):" when it gave up retrying; the
 * latter's technical detail is a "Routing: Could not find a gateway for x" line (Sisimai Lhost/X3.pm
 * reads "SMTP:", "Routing: " and "Diagnostic-Code: smtp; " lines).
 */
const listOpener = /Del[ei]very to the following recipients (?:failed permanently|was aborted after [\d.]+ hour\(s\)):/;

export const x3: Lhost = {
  id: 'x3',
  detect: (mail) => /^delivery status notification$/i.test(mail.subject.trim()) && !/^mailer-daemon@(?:googlemail|google)\.com$/.test(mail.from) && listOpener.test(mail.body),
  extract(mail): DecodedMail | undefined {
    const facts: RawFact[] = [];
    let details = '';
    let command = '';
    const aborted = /was aborted after [\d.]+ hour/.test(mail.body);
    for (const line of splitLines(mail.body)) {
      const bullet = /^\s*\*\s+([^\s@]+@\S+)\s*$/.exec(line)?.[1];
      if (bullet) facts.push({ ...emptyFact(findAddress(bullet)), action: 'failed' });
      const technical = /^SMTP:(\w+) host [^:]+: .+$/.exec(line.trim());
      if (technical) {
        command = commandOfWord(technical[1] ?? '');
        details = squeeze(`${technical[0]}`);
      }
      const routing = /^(?:Routing: |Diagnostic-Code: smtp; )(.+)$/.exec(line.trim())?.[1];
      if (routing && !details) details = squeeze(routing);
    }
    for (const fact of facts) {
      fact.diagnosticCode = details;
      fact.command = command;
      // Given up after hours of retrying: expired, unless the detail's words say more.
      if (aborted) {
        fact.reason = 'expired';
        fact.reasonMatched = 'was aborted after';
      }
    }
    return facts.length > 0 ? { facts } : undefined;
  },
};
