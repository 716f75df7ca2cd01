/**
 * SurfControl E-mail Filter (X-SEF-Processed header, X-Mailer "SurfControl E-mail Filter";
 * Sisimai Lhost/SurfControl.pm). "Your message could not be sent." then a transcript of attempts:
 * "Addressed To: x@example.com", the date, and "x@example.com: [192.0.2.1], 550 ... No such user".
 * A delivery-status part is optional and carries no Final-Recipient of use. Without one the
 * generic readers found the address but took the report's opening lines for the cause.
 */
import { emptyFact, type DecodedMail, type RawFact } from '../fact';
import { headerOf, type ParsedMail } from '../mail';
import { findAddress, splitLines, squeeze } from '../text';
import { factsOfDeliveryStatus } from './rfc3464';
import type { Lhost } from './types';

const startMarker = 'Your message could not be sent.';

function isSurfControl(mail: ParsedMail): boolean {
  return mail.headers.has('x-sef-processed') && headerOf(mail.headers, 'x-mailer') === 'SurfControl E-mail Filter';
}

export const surfcontrol: Lhost = {
  id: 'surfcontrol',
  detect: isSurfControl,
  extract(mail): DecodedMail | undefined {
    const start = mail.body.indexOf(startMarker);
    if (start < 0) return undefined;
    const facts: RawFact[] = [];
    let last: RawFact | undefined;
    for (const line of splitLines(mail.body.slice(start)).slice(1, 200)) {
      const text = line.trim();
      if (text.startsWith('Addressed To:')) {
        last = { ...emptyFact(findAddress(text.slice(13))), action: 'failed' };
        facts.push(last);
        continue;
      }
      // "x@example.com: [192.0.2.5], 550 x@example.com... No such user"
      const attempt = /^[^\s@]+@\S+: \[([^\]]+)\], (.+)$/.exec(text);
      if (attempt && last) {
        last.remoteMta = attempt[1]?.toLowerCase() ?? '';
        last.diagnosticCode = squeeze(attempt[2] ?? '');
      }
    }
    // The delivery-status part, when there is one, adds the fields the transcript lacks.
    const fields = factsOfDeliveryStatus(mail);
    for (const fact of facts) {
      const more = fields.find((f) => f.recipient === fact.recipient) ?? (fields.length === 1 && facts.length === 1 ? fields[0] : undefined);
      if (!more) continue;
      fact.status ||= more.status;
      fact.diagnosticCode ||= more.diagnosticCode;
      fact.diagnosticType ||= more.diagnosticType;
      fact.remoteMta ||= more.remoteMta;
    }
    return facts.some((f) => f.recipient) ? { facts } : undefined;
  },
};
