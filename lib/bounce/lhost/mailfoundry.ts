/**
 * MailFoundry: "Unable to deliver message to: <x@example.jp>", then "Delivery failed for the
 * following reason:" and the remote server's answer; no delivery-status part.
 */
import { emptyFact, type DecodedMail } from '../fact';
import { bracketedAfter, paragraphAfterLine } from '../scan';
import { findAddress, squeeze } from '../text';
import type { Lhost } from './types';

export const mailfoundry: Lhost = {
  id: 'mailfoundry',
  detect: (mail) => mail.head.includes('delivery failed for the following reason:') && /^Unable to deliver message to: </m.test(mail.body),
  extract(mail): DecodedMail | undefined {
    const recipient = findAddress(bracketedAfter(mail.body, 'Unable to deliver message to: ', { lineStart: true })?.inner ?? '');
    if (!recipient) return undefined;
    const reason = squeeze(paragraphAfterLine(mail.body, 'Delivery failed for the following reason:') ?? '');
    return { facts: [{ ...emptyFact(recipient), action: 'failed', diagnosticCode: reason }] };
  },
};
