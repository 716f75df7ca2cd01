/**
 * fml, a Japanese mailing-list manager: its refusals to non-members or unknown commands come
 * from the list's admin address, name the list in angle brackets, and carry no SMTP reply.
 */
import { applyVerdict, emptyFact, type DecodedMail } from '../fact';
import type { ParsedMail } from '../mail';
import { matchByReason, type PhrasesByReason } from '../message-table';
import { findAddress, squeeze } from '../text';
import type { Lhost } from './types';

/** fml's refusal texts (fml's default templates; Sisimai lhost/fml behaviour). */
const fmlMessages: PhrasesByReason = [
  ['rejected', ['are not member', 'is not a member', 'you are not a member of this mailing list', 'the following command is denied']],
  ['systemerror', ['have no privilege to use', 'invalid command']],
  ['securityerror', ['security alert:']],
];

// "(xxx ML)": the last "(" before " ML)" is the one that counts, so [^()]* (not [^)]*, which
// rescans from every "(" of a run) finds the same texts.
function isFml(mail: ParsedMail): boolean {
  return (/^.+-admin@/.test(mail.from) || mail.headers.has('x-ml-name')) && /\([^()]* ML\)|are not member|mailing list/i.test(`${mail.subject} ${mail.body.slice(0, 2000)}`);
}

export const fml: Lhost = {
  id: 'fml',
  detect: isFml,
  extract(mail): DecodedMail | undefined {
    const text = squeeze(mail.body.slice(0, 1000));
    const list = findAddress(/<([^<>\s@]+@[^<>\s]+)>/.exec(text)?.[1] ?? '') || findAddress(mail.headers.get('x-ml-name')?.[0] ?? '');
    if (!list) return undefined;
    const fact = { ...emptyFact(list), action: 'failed', diagnosticCode: text.slice(0, 300) };
    applyVerdict(fact, matchByReason(text.toLowerCase(), fmlMessages));
    return { facts: [fact] };
  },
};
