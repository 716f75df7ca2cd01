/**
 * Lotus Notes SMTP MTA (older than Domino's router texts): "------- Failure Reasons --------",
 * the reason (often Japanese), the failed address, then "------- Returned Message --------".
 */
import { applyVerdict, emptyFact, type DecodedMail } from '../fact';
import { matchByReason, type PhrasesByReason } from '../message-table';
import { findAddress, splitLines, squeeze } from '../text';
import type { Lhost } from './types';

/** Notes's reasons (Sisimai lhost/notes behaviour); "ディレクトリのリストにありません" is "not in the directory". */
const notesMessages: PhrasesByReason = [
  ['userunknown', ['user not listed in public name & address book', 'ディレクトリのリストにありません']],
  ['networkerror', ['message has exceeded maximum hop count']],
];

export const notes: Lhost = {
  id: 'notes',
  detect: (mail) => mail.head.includes('failure reasons') && /^-{3,} Failure Reasons +-{3,}/m.test(mail.body),
  extract(mail): DecodedMail | undefined {
    const start = mail.body.search(/^-{3,} Failure Reasons +-{3,}/m);
    const end = mail.body.search(/^-{3,} Returned Message +-{3,}/m);
    const section = mail.body.slice(start, end < 0 ? undefined : end);
    const reasons: string[] = [];
    const recipients: string[] = [];
    for (const line of splitLines(section).slice(1)) {
      const address = /^\s*([^\s@]+@\S+)\s*$/.exec(line)?.[1];
      if (address) recipients.push(findAddress(address));
      else if (line.trim()) reasons.push(line.trim());
    }
    const reason = squeeze(reasons.join(' '));
    const facts = recipients.map((recipient) => {
      const fact = { ...emptyFact(recipient), action: 'failed', diagnosticCode: reason };
      applyVerdict(fact, matchByReason(reason.toLowerCase(), notesMessages));
      return fact;
    });
    return facts.length > 0 ? { facts } : undefined;
  },
};
