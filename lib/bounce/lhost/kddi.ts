/**
 * au one net (KDDI's ISP mail, dion.ne.jp and others; "メールエラー通知"). A Japanese preamble,
 * then an English block: "Could not be delivered to: <x@example.jp>" and the cause ("As their
 * mailbox is full."). No delivery-status part; the generic reader finds nothing.
 */
import { applyVerdict, emptyFact, type DecodedMail } from '../fact';
import type { ParsedMail } from '../mail';
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
  return (received.includes('.auone-net.jp') || /@.*\.(?:dion|au)\.(?:ne\.jp|com)$|auone-net\.jp$/.test(mail.from) || mail.subject.includes('メールエラー通知'));
}

export const kddi: Lhost = {
  id: 'kddi',
  detect: isKddi,
  extract(mail): DecodedMail | undefined {
    const block = /Could not be delivered to:\s*<([^>]+)>([\s\S]*?)(?:\n\s*\n|$)/i.exec(mail.body);
    const recipient = findAddress(block?.[1] ?? '');
    if (!recipient) return undefined;
    const fact = { ...emptyFact(recipient), action: 'failed', diagnosticCode: squeeze(block?.[2] ?? '') };
    applyVerdict(fact, matchByReason(fact.diagnosticCode.toLowerCase(), kddiMessages));
    return { facts: [fact] };
  },
};
