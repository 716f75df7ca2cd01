/**
 * Courier MTA. The delivery-status part has a bare "Status: 5.0.0" and often no Diagnostic-Code;
 * the text part has each recipient as "<x@example.jp>:" followed by the host and a transcript
 * (">>> DATA", "<<< 550 5.7.1 ..."), which says what the server answered and to which command.
 */
import { applyVerdict, emptyFact, type DecodedMail, type RawFact } from '../fact';
import { matchByReason, type PhrasesByReason } from '../message-table';
import { commandOfWord } from '../smtp';
import { recipientParagraphs } from './paragraphs';
import { factsOfDeliveryStatus } from './rfc3464';
import type { Lhost } from './types';

/** Courier's own failure texts (courier/module.esmtp/esmtpclient.c; Sisimai lhost/courier behaviour). */
const courierMessages: PhrasesByReason = [
  ['hostunknown', ['no such domain.']],
  ['systemerror', ["this domain's dns violates rfc 1035."]],
  ['networkerror', ['dns lookup failed.']],
];

export const courier: Lhost = {
  id: 'courier',
  detect: (mail) => mail.head.includes('running the courier mail server') || mail.head.includes('--=_courier_'),
  extract(mail): DecodedMail | undefined {
    const paragraphs = new Map(recipientParagraphs(mail.body).map((p) => [p.recipient, p.text]));
    let facts: RawFact[] = factsOfDeliveryStatus(mail);
    if (facts.length === 0) facts = [...paragraphs.keys()].map((recipient) => ({ ...emptyFact(recipient), action: 'failed' }));
    for (const fact of facts) {
      const paragraph = paragraphs.get(fact.recipient) ?? '';
      const replies = [...paragraph.matchAll(/<<< ([^<>]+?)(?= >>> | <<< |$)/g)].map((m) => m[1] ?? '');
      const commands = [...paragraph.matchAll(/>>> (\S+)/g)].map((m) => commandOfWord(m[1] ?? ''));
      if (replies.length > 0) fact.diagnosticCode = replies.join(' ');
      else if (paragraph && !fact.diagnosticCode) fact.diagnosticCode = paragraph;
      fact.command ||= commands.at(-1) ?? '';
      fact.remoteMta ||= /^([a-z0-9.-]+\.[a-z]{2,}) \[/i.exec(paragraph)?.[1]?.toLowerCase() ?? '';
      applyVerdict(fact, matchByReason(fact.diagnosticCode.toLowerCase(), courierMessages));
    }
    return facts.length > 0 ? { facts } : undefined;
  },
};
