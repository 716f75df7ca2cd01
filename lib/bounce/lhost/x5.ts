/**
 * "X5", a mail gateway (Sisimai's name; Trend Micro-style "TMMSG" boundaries) that relays a
 * bounce by returning it as "the original": its own text says only "The following addresses
 * had permanent delivery errors", and the failure is described by the delivery-status fields
 * of the returned bounce. The generic reader sees no DSN part of the outer mail.
 */
import type { DecodedMail } from '../fact';
import { hasDeliveryStatusFields, parseDeliveryStatus } from '../dsn';
import { factOfDsnBlock } from './rfc3464';
import type { Lhost } from './types';

export const x5: Lhost = {
  id: 'x5',
  detect: (mail) => mail.deliveryStatus.length === 0 && mail.head.includes('the following addresses had permanent delivery errors') && hasDeliveryStatusFields(mail.original?.bodyText() ?? ''),
  extract(mail): DecodedMail | undefined {
    const facts = parseDeliveryStatus(mail.original?.bodyText() ?? '').perRecipient.flatMap((block) => {
      const fact = factOfDsnBlock(block);
      return fact ? [fact] : [];
    });
    return facts.length > 0 ? { facts } : undefined;
  },
};
