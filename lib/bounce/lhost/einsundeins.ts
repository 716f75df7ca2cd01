/**
 * 1&1 (IONOS) mail servers. Exim-like wording and subject ("Mail delivery failed: returning
 * message to sender"), but not Exim's layout: the failed address stands flush left (or indented
 * four spaces, ending in ":"), the cause follows under "For the following reason:", and the
 * original's headers after "--- The header of the original message is following. ---" (Sisimai
 * Lhost/EinsUndEins.pm). The Exim decoder reads no recipient from it, and the plain-text reader
 * took "For the following reason:" for the cause. GMX, of the same group, writes the same
 * marker with X-GMX-Antispam headers and Exim's own address lines; the Exim decoder reads those.
 */
import { applyVerdict, emptyFact, type DecodedMail, type RawFact } from '../fact';
import type { ParsedMail } from '../mail';
import { matchByReason, type PhrasesByReason } from '../message-table';
import { findCommand, findStatusCode } from '../smtp';
import { findAddress, splitLines, squeeze } from '../text';
import type { Lhost } from './types';

const startMarker = 'This message was created automatically by mail delivery software';
const originalMarker = '--- The header of the original message is following. ---';
const reasonMarker = 'For the following reason:';

/** 1&1's own texts (Sisimai Lhost/EinsUndEins.pm). */
const einsUndEinsMessages: PhrasesByReason = [['emailtoolarge', ['mail size limit exceeded']]];

function isEinsUndEins(mail: ParsedMail): boolean {
  return mail.subject === 'Mail delivery failed: returning message to sender' && !mail.headers.has('x-gmx-antispam') && mail.head.includes(originalMarker.toLowerCase());
}

export const einsundeins: Lhost = {
  id: 'einsundeins',
  detect: isEinsUndEins,
  extract(mail): DecodedMail | undefined {
    const start = mail.body.indexOf(startMarker);
    if (start < 0) return undefined;
    const end = mail.body.indexOf(originalMarker, start);
    const report = mail.body.slice(start, end < 0 ? undefined : end);
    const blocks: { fact: RawFact; reason: string[]; other: string[] }[] = [];
    for (const line of splitLines(report).slice(1)) {
      const text = line.trim();
      if (!text) continue;
      // What /^(\S+@\S+?):?$/ captured: the line less one final ":" (the local part stops at the
      // first "@", or a line of "@" could be split in every way).
      const bare = text.endsWith(':') ? text.slice(0, -1) : text;
      const address = /^[^\s@]+@\S+$/.test(bare) ? bare : /^[^\s@]+@\S+$/.test(text) ? text : undefined;
      if (address) {
        blocks.push({ fact: { ...emptyFact(findAddress(address)), action: 'failed' }, reason: [], other: [] });
        continue;
      }
      const block = blocks[blocks.length - 1];
      if (!block) continue;
      if (text.startsWith(reasonMarker)) block.reason.push(text.slice(reasonMarker.length));
      else if (block.reason.length > 0) block.reason.push(text);
      else block.other.push(text);
    }
    const facts: RawFact[] = [];
    for (const { fact, reason, other } of blocks) {
      if (!fact.recipient) continue;
      const said = squeeze((reason.length > 0 ? reason : other).join(' '));
      // "SMTP error from remote server for TEXT command, host: mx.example.fr (192.0.2.1) reason: 550 ..."
      // [^()]*, not [^)]*, and no "$" (the text is squeezed, one line): the same texts, but no run of
      // "host: x (" or "reason:" can send each repeat to the end of the text.
      const relayed = /\bhost: (\S+)(?: \([^()]*\))? reason: (.*)/.exec(said);
      fact.diagnosticCode = relayed?.[2] ?? said;
      if (relayed) {
        fact.remoteMta = relayed[1]?.toLowerCase() ?? '';
        fact.diagnosticType = 'SMTP';
        fact.status = findStatusCode(fact.diagnosticCode);
        fact.command = said.includes('for TEXT command') ? 'DATA' : findCommand(said);
      }
      applyVerdict(fact, matchByReason(fact.diagnosticCode.toLowerCase(), einsUndEinsMessages));
      facts.push(fact);
    }
    return facts.length > 0 ? { facts } : undefined;
  },
};
