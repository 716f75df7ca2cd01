/**
 * Apache James. "Error message below:" with the remote reply, then "Message details:" listing
 * the envelope ("RCPT TO: x@example.jp"); no delivery-status part.
 */
import { emptyFact, type DecodedMail } from '../fact';
import { findAddresses, squeeze } from '../text';
import type { Lhost } from './types';

export const apachejames: Lhost = {
  id: 'apachejames',
  detect: (mail) => mail.head.includes('error message below:') && mail.head.includes('message details:'),
  extract(mail): DecodedMail | undefined {
    const error = squeeze(/Error message below:\s*\n([\s\S]*?)\n\s*\n/.exec(mail.body)?.[1] ?? '');
    const recipients = findAddresses(/^\s*RCPT TO:\s*(.+)$/im.exec(mail.body)?.[1] ?? '');
    const facts = recipients.map((recipient) => ({ ...emptyFact(recipient), action: 'failed', diagnosticCode: error }));
    return facts.length > 0 ? { facts } : undefined;
  },
};
