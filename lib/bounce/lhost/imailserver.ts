/**
 * Ipswitch IMail Server (X-Mailer: <SMTP32 v...>). One line per failure, "Unknown user:
 * x@example.jp" or "Delivery failed 20 attempts: x@example.jp", then "Original message
 * follows."; no delivery-status part. The words before the colon are the cause.
 */
import { applyVerdict, emptyFact, type DecodedMail, type RawFact } from '../fact';
import { headerOf, type ParsedMail } from '../mail';
import { matchByReason, type PhrasesByReason } from '../message-table';
import { ADDRESS_PATTERN, findAddress, splitLines, squeeze } from '../text';
import type { Lhost } from './types';

/** IMail's failure lines (Sisimai lhost/imailserver behaviour). */
const imailMessages: PhrasesByReason = [
  ['hostunknown', ['unknown host']],
  ['userunknown', ['unknown user', 'invalid final delivery userid']],
  ['mailboxfull', ['user mailbox exceeds allowed size']],
  ['virusdetected', ['requested action not taken: virus detected']],
  ['undefined', ['undeliverable to ']],
  ['expired', ['delivery failed ']],
];

const originalMarker = 'Original message follows.';

/** "Unknown user: <x@example.jp>": the failure, then the address (quoted local parts too). */
const failureLine = new RegExp(String.raw`^([^:"]{3,80}):\s*<?(${ADDRESS_PATTERN})>?\s*$`);
/** "undeliverable to x@example.jp", without a colon: IMail's line that names no cause. */
const undeliverableLine = new RegExp(String.raw`^(undeliverable)\s+to\s+<?(${ADDRESS_PATTERN})>?\s*$`, 'i');

export const imailserver: Lhost = {
  id: 'imailserver',
  detect: (mail: ParsedMail) => /^<SMTP32 v/i.test(headerOf(mail.headers, 'x-mailer')) || (/^undeliverable mail$/i.test(mail.subject) && mail.body.includes(originalMarker)),
  extract(mail): DecodedMail | undefined {
    const end = mail.body.indexOf(originalMarker);
    const report = end < 0 ? mail.body : mail.body.slice(0, end);
    const facts: RawFact[] = [];
    for (const line of splitLines(report)) {
      const failure = failureLine.exec(line.trim()) ?? undeliverableLine.exec(line.trim());
      if (!failure?.[1] || !failure[2]) continue;
      // "undeliverable to x" says nothing of the cause: no diagnosis (undefined, as Sisimai's IMailServer.pm).
      const fact = { ...emptyFact(findAddress(failure[2])), action: 'failed', diagnosticCode: /^undeliverable$/i.test(failure[1].trim()) ? '' : squeeze(line) };
      const known = /^undeliverable$/i.test(failure[1].trim()) ? { reason: 'undefined' as const, matched: 'undeliverable to' } : matchByReason(failure[1].toLowerCase(), imailMessages);
      applyVerdict(fact, known);
      if (known?.reason === 'expired') fact.action = 'delayed';
      facts.push(fact);
    }
    return facts.length > 0 ? { facts, ...(end >= 0 ? { inlineOriginal: mail.body.slice(end + originalMarker.length).replace(/^\s+/, '') } : {}) } : undefined;
  },
};
