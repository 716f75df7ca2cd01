/**
 * The generic decoder: RFC 3464 delivery-status fields, from a message/delivery-status part or
 * pasted into the text. Every MTA that follows the RFC is read here; family decoders exist only
 * for what this one gets wrong.
 */
import { hasDeliveryStatusFields, parseDeliveryStatus, typedValue, type DsnFields } from '../dsn';
import { emptyFact, type DecodedMail, type RawFact } from '../fact';
import type { ParsedMail } from '../mail';
import { domainOf, findAddress, squeeze } from '../text';
import { applyDeliveryAgent } from './mda';
import type { Lhost } from './types';

/** One DSN recipient block as a fact. */
export function factOfDsnBlock(block: DsnFields): RawFact | undefined {
  const finalRecipient = typedValue(block.get('final-recipient') ?? '').value;
  const original = findAddress(typedValue(block.get('original-recipient') ?? '').value);
  let final = findAddress(finalRecipient);
  // A source route ("@relay.example.net:user@host") or a bare host name after "@" is the
  // relay's internal address; the Original-Recipient is the one the sender wrote.
  if (original && (finalRecipient.startsWith('@') || !domainOf(final).includes('.'))) final = original;
  const recipient = final || original || findAddress(block.get('x-actual-recipient') ?? '');
  if (!recipient) return undefined;
  const fact = emptyFact(recipient);
  fact.action = (block.get('action') ?? '').trim().toLowerCase().split(/\s/)[0] ?? '';
  fact.status = /^[245]\.\d{1,3}\.\d{1,3}/.exec((block.get('status') ?? '').trim())?.[0] ?? '';
  const diagnostic = typedValue(block.get('diagnostic-code') ?? '');
  fact.diagnosticType = diagnostic.type;
  fact.diagnosticCode = squeeze(diagnostic.value);
  fact.remoteMta = typedValue(block.get('remote-mta') ?? '').value.toLowerCase().replace(/^\[|\]$/g, '');
  return fact;
}

/** Facts from every delivery-status part of the mail (or DSN fields pasted in its text). */
export function factsOfDeliveryStatus(mail: ParsedMail): RawFact[] {
  const texts = mail.deliveryStatus.length > 0 ? mail.deliveryStatus : hasDeliveryStatusFields(mail.body) ? [mail.body] : [];
  const facts: RawFact[] = [];
  for (const text of texts) {
    const { perRecipient } = parseDeliveryStatus(text);
    for (const block of perRecipient) {
      const fact = factOfDsnBlock(block);
      if (fact) facts.push(fact);
    }
  }
  return facts;
}

const reasonAfterBreak = /[^\S\n]*\n\s*(\S[^\n]*)/y;

/**
 * Dovecot's LDA/LMTP rejection template ("Your message to <%t> was automatically rejected:%n%r",
 * dovecot lda.conf rejection_reason) puts the real reason in the text; the DSN beside it
 * repeats an earlier relay's generic reply.
 */
function dovecotRejection(body: string): string | undefined {
  // A scan, not /Your message to <[^>]*> was automatically rejected:\s*\n\s*([^\n]+)/: that
  // pattern backtracks cubically over a crafted 36 KB body (13.5 s, issue 11). Each occurrence is
  // answered by the first ">" after it, so a failed one lets the search skip past that ">".
  const opener = 'Your message to <';
  const closer = '> was automatically rejected:';
  let from = 0;
  for (;;) {
    const at = body.indexOf(opener, from);
    if (at < 0) return undefined;
    const close = body.indexOf('>', at + opener.length);
    if (close < 0) return undefined;
    from = close + 1;
    if (!body.startsWith(closer, close)) continue;
    // Blank space holding a line break, then the first line with text: the reason.
    reasonAfterBreak.lastIndex = close + closer.length;
    const line = reasonAfterBreak.exec(body)?.[1];
    if (line) return line;
  }
}

export const rfc3464: Lhost = {
  id: 'rfc3464',
  detect: (mail) => mail.deliveryStatus.length > 0 || hasDeliveryStatusFields(mail.body),
  extract(mail): DecodedMail | undefined {
    const facts = factsOfDeliveryStatus(mail);
    const dovecot = dovecotRejection(mail.body);
    if (dovecot) {
      for (const fact of facts) {
        fact.diagnosticCode = squeeze(dovecot);
        fact.diagnosticType = 'SMTP';
      }
    }
    applyDeliveryAgent(mail, facts);
    return facts.length > 0 ? { facts } : undefined;
  },
};
