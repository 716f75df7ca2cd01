/**
 * Trend Micro InterScan MSS. Either a short session log ("Sent <<< RCPT TO:<x@example.jp>",
 * "Received >>> 550 5.1.1 ...") or a one-line notice "Unable to deliver message to
 * <x@example.jp> (and other recipients in the same domain)", which InterScan sends when the
 * destination refused the recipient (Sisimai lhost/interscanmss behaviour: an unknown user).
 */
import { applyVerdict, emptyFact, type DecodedMail, type RawFact } from '../fact';
import type { ParsedMail } from '../mail';
import { commandOfWord } from '../smtp';
import { bracketedAfter } from '../scan';
import { findAddress, splitLines, squeeze } from '../text';
import type { Lhost } from './types';

function isInterScan(mail: ParsedMail): boolean {
  return /interscan/i.test(mail.fromField) || mail.head.includes('message from interscan messaging security suite') || (mail.head.includes('sent <<< ') && /^(?:Sent <<< |Received >>> )/m.test(mail.body));
}

export const trendmicro: Lhost = {
  id: 'trendmicro',
  detect: isInterScan,
  extract(mail): DecodedMail | undefined {
    const facts: RawFact[] = [];
    let last: RawFact | null = null;
    for (const line of splitLines(mail.body)) {
      const sent = /^Sent <<< (.+)$/.exec(line.trim())?.[1];
      if (sent) {
        const command = commandOfWord(sent);
        const rcpt = command === 'RCPT' ? findAddress(sent) : '';
        if (rcpt) {
          last = { ...emptyFact(rcpt), action: 'failed', command };
          facts.push(last);
        }
        continue;
      }
      const received = /^Received >>> (.+)$/.exec(line.trim())?.[1];
      if (received && last && /^[45]/.test(received)) last.diagnosticCode = squeeze(received);
      const notice = bracketedAfter(line, 'Unable to deliver message to ');
      if (notice) {
        const fact = { ...emptyFact(findAddress(notice.inner)), action: 'failed', diagnosticCode: squeeze(line) };
        applyVerdict(fact, { reason: 'userunknown', matched: 'unable to deliver message to' });
        facts.push(fact);
      }
    }
    return facts.length > 0 ? { facts } : undefined;
  },
};
