import type { ReasonRule } from './types';

/** The mailbox moved and mail is not forwarded (RFC 3463 X.1.6). */
export const hasmoved: ReasonRule = {
  id: 'hasmoved',
  phrases: {
    phrases: [
      // Sisimai reason/hasmoved phrase index
      ' has been replaced by ',
      'address has moved',
      'destination mailbox has moved',
      'mailbox has moved',
      'recipient no longer on server',
    ],
  },
};
