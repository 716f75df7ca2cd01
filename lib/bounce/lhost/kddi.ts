/**
 * au one net (KDDI's ISP mail, dion.ne.jp and others; "メールエラー通知"). A Japanese preamble,
 * then an English block: "Could not be delivered to: <x@example.jp>" and the cause ("As their
 * mailbox is full."). No delivery-status part; the generic reader finds nothing.
 */
import { applyVerdict, emptyFact, type DecodedMail } from '../fact';
import type { ParsedMail } from '../mail';
import { bracketedAfter, paragraphFrom } from '../scan';
import { matchByReason, type PhrasesByReason } from '../message-table';
import { findAddress, squeeze } from '../text';
import type { Lhost } from './types';

/** KDDI's English causes (Sisimai lhost/kddi behaviour). */
const kddiMessages: PhrasesByReason = [
  ['mailboxfull', ['as their mailbox is full']],
  ['expired', ['due to the following smtp relay error', 'the mail server may be down']],
  ['filtered', ['the recipient has blocked mail']],
];

function isKddi(mail: ParsedMail): boolean {
  if (!mail.head.includes('could not be delivered to: <')) return false;
  const received = (mail.headers.get('received') ?? []).join(' ').toLowerCase();
  return (received.includes('.auone-net.jp') || /\.(?:dion|au)\.(?:ne\.jp|com)$|auone-net\.jp$/.test(mail.from.slice(mail.from.indexOf('@') + 1)) || mail.subject.includes('メールエラー通知'));
}

export const kddi: Lhost = {
  id: 'kddi',
  detect: isKddi,
  extract(mail): DecodedMail | undefined {
    // Scanned: /Could not be delivered to:\s*<([^>]+)>([\s\S]*?)(?:\n\s*\n|$)/i was quadratic on repeats.
    const bracketed = bracketedAfter(mail.body, 'Could not be delivered to:', { ignoreCase: true, blanks: true });
    const recipient = findAddress(bracketed?.inner ?? '');
    if (!recipient || !bracketed) return undefined;
    const fact = { ...emptyFact(recipient), action: 'failed', diagnosticCode: squeeze(paragraphFrom(mail.body, bracketed.end)) };
    applyVerdict(fact, matchByReason(fact.diagnosticCode.toLowerCase(), kddiMessages));
    return { facts: [fact] };
  },
};
