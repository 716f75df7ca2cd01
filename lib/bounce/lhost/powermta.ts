/**
 * PowerMTA. A standard delivery-status part plus X-PowerMTA-BounceCategory, PowerMTA's own
 * classification of the remote reply; it is more precise than a status like 5.2.1 ("mailbox
 * disabled" in RFC 3463, but PowerMTA knows the reply meant a bad mailbox), so it decides
 * (PowerMTA user guide, bounce categories; Sisimai lhost/powermta behaviour).
 */
import { parseDeliveryStatus } from '../dsn';
import type { DecodedMail } from '../fact';
import type { ReasonId } from '../reasons/taxonomy';
import { factOfDsnBlock } from './rfc3464';
import type { Lhost } from './types';

const bounceCategories: Readonly<Record<string, ReasonId>> = {
  'bad-domain': 'hostunknown',
  'bad-mailbox': 'userunknown',
  'inactive-mailbox': 'suspend',
  'message-expired': 'expired',
  'no-answer-from-host': 'networkerror',
  'policy-related': 'policyviolation',
  'quota-issues': 'mailboxfull',
  'routing-errors': 'systemerror',
  'spam-related': 'spamdetected',
};

export const powermta: Lhost = {
  id: 'powermta',
  detect: (mail) => mail.deliveryStatus.some((ds) => /^X-PowerMTA-/im.test(ds)),
  extract(mail): DecodedMail | undefined {
    const facts = mail.deliveryStatus.flatMap((text) =>
      parseDeliveryStatus(text).perRecipient.flatMap((block) => {
        const fact = factOfDsnBlock(block);
        if (!fact) return [];
        const category = (block.get('x-powermta-bouncecategory') ?? '').trim().toLowerCase();
        const reason = bounceCategories[category];
        if (reason) {
          fact.reason = reason;
          fact.reasonMatched = `X-PowerMTA-BounceCategory: ${category}`;
        }
        return [fact];
      }),
    );
    return facts.length > 0 ? { facts } : undefined;
  },
};
