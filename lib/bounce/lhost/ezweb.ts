/**
 * au by KDDI's EZweb mail system (Postmaster@ezweb.ne.jp, "Mail System Error - Returned
 * Mail"). The failed address sits alone in angle brackets, or after "Recipient:", with an SMTP
 * transcript only when a remote server answered; EZweb's own sentences name the cause
 * otherwise. An au/EZweb recipient refused with no SMTP reply at all was refused by au's
 * reception filter (anchors.md §4; Sisimai lhost/ezweb behaviour). Some versions add a DSN
 * part whose Status is a bare 5.0.0.
 */
import { applyVerdict, emptyFact, type DecodedMail, type RawFact } from '../fact';
import type { ParsedMail } from '../mail';
import { matchByReason, type PhrasesByReason } from '../message-table';
import { ADDRESS_PATTERN, findAddress, splitLines, squeeze } from '../text';
import { factsOfDeliveryStatus } from './rfc3464';
import type { Lhost } from './types';

/** EZweb's own sentences (Sisimai lhost/ezweb behaviour; KDDI's help pages). */
const ezwebMessages: PhrasesByReason = [
  ['mailboxfull', ['the user(s) account is temporarily over quota']],
  ['suspend', ['the user(s) account is disabled', 'the user(s) account is temporarily limited']],
  ['expired', ['your message was not delivered within ']],
];

function isEzweb(mail: ParsedMail): boolean {
  if (!/^mail system error - returned mail/i.test(mail.subject)) return false;
  return /^postmaster@ezweb\.ne\.jp$/.test(mail.from) || (mail.headers.get('received') ?? []).some((r) => r.includes('(EZweb Mail)'));
}

/** "<x@ezweb.ne.jp>" or "Recipient: <x@ezweb.ne.jp>" on a line (quoted local parts too), maybe with ": text". */
const recipientLine = new RegExp(String.raw`^(?:Recipient:\s*)?<(${ADDRESS_PATTERN})>(?::\s*(.*))?$`);

export const ezweb: Lhost = {
  id: 'ezweb',
  detect: isEzweb,
  extract(mail): DecodedMail | undefined {
    const cut = mail.body.search(/^-{20,}\s*$/m);
    const report = cut < 0 ? mail.body : mail.body.slice(0, cut);
    const recipients: string[] = [];
    const lines: string[] = [];
    for (const line of splitLines(report)) {
      const trimmed = line.trim();
      // "<x@ezweb.ne.jp>" alone, or Postfix's "<x@ezweb.ne.jp>: 550 user unknown (...)" that
      // newer notices print instead of a DSN part's Diagnostic-Code.
      const listed = recipientLine.exec(trimmed);
      if (listed?.[1]) {
        const address = findAddress(listed[1]);
        if (!recipients.includes(address)) recipients.push(address);
        if (listed[2] && /^[\x20-\x7e]+$/.test(listed[2])) lines.push(listed[2]);
        continue;
      }
      // Only the English sentences and the transcript explain; the Japanese preamble repeats them.
      if (trimmed && /^[\x20-\x7e]+$/.test(trimmed)) lines.push(trimmed);
    }
    const text = squeeze(lines.join(' '));
    let facts: RawFact[] = factsOfDeliveryStatus(mail);
    if (facts.length === 0) facts = recipients.map((recipient) => ({ ...emptyFact(recipient), action: 'failed' }));
    for (const fact of facts) {
      if (text) fact.diagnosticCode = text;
      const known = matchByReason(text.toLowerCase(), ezwebMessages);
      if (known) {
        applyVerdict(fact, known);
        // The sentence decides; the "550" that may follow it is EZweb's template, not a reply.
        fact.diagnosticCode = known.matched;
        if (known.reason === 'expired') fact.action = 'delayed';
      } else if (/@(?:ezweb\.ne\.jp|au\.com)$/.test(fact.recipient) && !text.includes('<<< ')) {
        applyVerdict(fact, { reason: 'filtered', matched: 'no SMTP reply from an au/EZweb mailbox' });
      }
      if (text.includes('>>> RCPT TO')) fact.command ||= 'RCPT';
    }
    return facts.length > 0 ? { facts } : undefined;
  },
};
