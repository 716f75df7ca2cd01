/**
 * IBM (Lotus) Domino: "Your message ... was not delivered to: x@example.jp because: <reason>",
 * in the sender's language, with no delivery-status part (or one without a Diagnostic-Code).
 * Domino's reasons name their cause in its own words.
 */
import { applyVerdict, emptyFact, type DecodedMail, type RawFact } from '../fact';
import { matchByReason, type PhrasesByReason } from '../message-table';
import { findAddress, squeeze } from '../text';
import { factsOfDeliveryStatus } from './rfc3464';
import type { Lhost } from './types';

/** Domino's reasons (Domino router messages; Sisimai lhost/domino behaviour). */
const dominoMessages: PhrasesByReason = [
  ['userunknown', ['not listed in domino directory', 'not listed in public name & address book', 'no se encuentra en el directorio de domino', 'domino ディレクトリには見つかりません']],
  ['filtered', ['cannot route mail to user']],
  ['systemerror', ['several matches found in domino directory']],
  ['networkerror', ['message has exceeded maximum hop count', 'maximum hop count exceeded']],
];

const NOT_DELIVERED = 'was not delivered to:';

/**
 * True when "was not delivered to:" ends its text with a line break and "because:" starts within
 * 300 characters of one of the line breaks that follow. Scanned, not matched with
 * /was not delivered to:\s*\n[\s\S]{0,300}because:/, whose two blank runs backtrack against each
 * other (degree 4 by recheck) over a crafted body.
 */
function becauseFollows(body: string): boolean {
  for (let at = body.indexOf(NOT_DELIVERED); at >= 0; at = body.indexOf(NOT_DELIVERED, at + 1)) {
    let first = -1;
    let last = -1;
    let end = at + NOT_DELIVERED.length;
    for (; end < body.length && /\s/.test(body[end] ?? ''); end++) {
      if (body[end] !== '\n') continue;
      if (first < 0) first = end;
      last = end;
    }
    if (first >= 0 && body.slice(first + 1, last + 1 + 300 + 'because:'.length).includes('because:')) return true;
  }
  return false;
}

/**
 * Domino's section, line by line: "was not delivered to:" closing a line, the address alone on
 * the next line with text, "because:" alone on the one after, then the reason up to a blank line.
 * (The pattern it replaces, /was not delivered to:\s*\n\s*(\S+)\s*\n\s*because:\s*\n([\s\S]*?)(?:\n\s*\n|$)/,
 * was cubic on crafted blank runs.)
 */
function failureSection(body: string): { address: string; reason: string } | undefined {
  const lines = body.split('\n');
  const nextWithText = (from: number): number => {
    let i = from;
    while (i < lines.length && (lines[i] ?? '').trim() === '') i++;
    return i;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const at = line.lastIndexOf(NOT_DELIVERED);
    if (at < 0 || line.slice(at + NOT_DELIVERED.length).trim() !== '') continue;
    const addressAt = nextWithText(i + 1);
    const address = (lines[addressAt] ?? '').trim();
    if (!address || /\s/.test(address)) continue;
    const becauseAt = nextWithText(addressAt + 1);
    const because = (lines[becauseAt] ?? '').trim();
    if (!because.startsWith('because:') || because.slice('because:'.length).trim() !== '' || becauseAt + 1 >= lines.length) continue;
    const reasonAt = nextWithText(becauseAt + 1);
    let reasonEnd = reasonAt;
    while (reasonEnd < lines.length && (lines[reasonEnd] ?? '').trim() !== '') reasonEnd++;
    return { address, reason: lines.slice(reasonAt, reasonEnd).join('\n') };
  }
  return undefined;
}

export const domino: Lhost = {
  id: 'domino',
  detect: (mail) => /^delivery failure:/i.test(mail.subject) || (mail.head.includes(NOT_DELIVERED) && becauseFollows(mail.body)),
  extract(mail): DecodedMail | undefined {
    const failure = failureSection(mail.body);
    const reason = squeeze(failure?.reason ?? '');
    // The text names the address as the sender wrote it; Domino's DSN may give its rewritten form.
    const dsn = factsOfDeliveryStatus(mail);
    let facts: RawFact[] = dsn;
    if (failure) facts = [{ ...(dsn.length === 1 && dsn[0] ? dsn[0] : emptyFact('')), recipient: findAddress(failure.address), action: 'failed' }];
    for (const fact of facts) {
      if (reason) fact.diagnosticCode = reason;
      applyVerdict(fact, matchByReason(fact.diagnosticCode.toLowerCase(), dominoMessages));
    }
    return facts.filter((f) => f.recipient).length > 0 ? { facts: facts.filter((f) => f.recipient) } : undefined;
  },
};
