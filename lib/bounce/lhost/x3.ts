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

const listOpener = /Del[ei]very to the following recipients failed permanently:/;

export const x3: Lhost = {
  id: 'x3',
  detect: (mail) => /^delivery status notification$/i.test(mail.subject.trim()) && !/^mailer-daemon@(?:googlemail|google)\.com$/.test(mail.from) && listOpener.test(mail.body),
  extract(mail): DecodedMail | undefined {
    const facts: RawFact[] = [];
    let details = '';
    let command = '';
    for (const line of splitLines(mail.body)) {
      const bullet = /^\s*\*\s+([^\s@]+@\S+)\s*$/.exec(line)?.[1];
      if (bullet) facts.push({ ...emptyFact(findAddress(bullet)), action: 'failed' });
      const technical = /^SMTP:(\w+) host [^:]+: .+$/.exec(line.trim());
      if (technical) {
        command = commandOfWord(technical[1] ?? '');
        details = squeeze(`${technical[0]}`);
      }
    }
    for (const fact of facts) {
      fact.diagnosticCode = details;
      fact.command = command;
    }
    return facts.length > 0 ? { facts } : undefined;
  },
};
