/**
 * The generic decoder: RFC 3464 delivery-status fields, from a message/delivery-status part or
 * pasted into the text. Every MTA that follows the RFC is read here; family decoders exist only
 * for what this one gets wrong.
 */
import { hasDeliveryStatusFields, parseDeliveryStatus, typedValue, type DsnFields } from '../dsn';
import { emptyFact, type DecodedMail, type RawFact } from '../fact';
import type { ParsedMail } from '../mail';
import { findAddress, squeeze } from '../text';
import type { Lhost } from './types';

/** One DSN recipient block as a fact. */
export function factOfDsnBlock(block: DsnFields): RawFact | undefined {
  const finalRecipient = typedValue(block.get('final-recipient') ?? '').value;
  const originalRecipient = typedValue(block.get('original-recipient') ?? '').value;
  const recipient = findAddress(finalRecipient) || findAddress(originalRecipient) || findAddress(block.get('x-actual-recipient') ?? '');
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

export const rfc3464: Lhost = {
  id: 'rfc3464',
  detect: (mail) => mail.deliveryStatus.length > 0 || hasDeliveryStatusFields(mail.body),
  extract(mail): DecodedMail | undefined {
    const facts = factsOfDeliveryStatus(mail);
    return facts.length > 0 ? { facts } : undefined;
  },
};
