/**
 * Zoho Mail (mailer-daemon@mail.zoho.com). One line per failure, "x@example.jp Invalid Address,
 * ERROR_CODE :550, ERROR_CODE :<reply>", or for delays "[Status: Error, Address: <x>,
 * ResponseCode 421, , Host not reachable.]"; no delivery-status part.
 */
import { applyVerdict, emptyFact, type DecodedMail, type RawFact } from '../fact';
import { matchByReason, type PhrasesByReason } from '../message-table';
import { findAddress, splitLines, squeeze } from '../text';
import type { Lhost } from './types';

/** Zoho's own texts (Sisimai lhost/zoho behaviour). */
const zohoMessages: PhrasesByReason = [['expired', ['host not reachable']]];

export const zoho: Lhost = {
  id: 'zoho',
  detect: (mail) => mail.from === 'mailer-daemon@mail.zoho.com' || /^zoho mail/i.test(mail.headers.get('x-mailer')?.[0] ?? ''),
  extract(mail): DecodedMail | undefined {
    const delayed = /\(delay\)/i.test(mail.subject);
    const facts: RawFact[] = [];
    for (const line of splitLines(mail.body)) {
      const trimmed = line.trim();
      const bracketed = /^\[Status: \w+, Address: <([^>]+)>, ResponseCode (\d{3}), [^,]*, (.*)\]$/.exec(trimmed);
      // The reply must name ERROR_CODE; tested apart, as /(.*ERROR_CODE.*)$/ backtracks quadratically.
      const addressFirst = /^([^\s@]+@\S+) (.*)$/.exec(trimmed);
      const plain = addressFirst?.[2]?.includes('ERROR_CODE') ? addressFirst : null;
      if (!bracketed && !plain) continue;
      const fact = emptyFact(findAddress(bracketed?.[1] ?? plain?.[1] ?? ''));
      if (!fact.recipient) continue;
      fact.diagnosticCode = squeeze(bracketed ? `ResponseCode ${bracketed[2] ?? ''} ${bracketed[3] ?? ''}` : (plain?.[2] ?? ''));
      fact.replyCode = bracketed?.[2] ?? /ERROR_CODE :(\d{3})/.exec(fact.diagnosticCode)?.[1] ?? '';
      fact.action = delayed ? 'delayed' : 'failed';
      applyVerdict(fact, matchByReason(fact.diagnosticCode.toLowerCase(), zohoMessages));
      facts.push(fact);
    }
    return facts.length > 0 ? { facts } : undefined;
  },
};
