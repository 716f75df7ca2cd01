import type { ReasonRule } from './types';

/**
 * The message is too big for the receiving server or the mailbox. Sisimai 5.6 merged its
 * "mesgtoobig" (message size) and "exceedlimit" (per-mailbox limit) into this one.
 */
export const emailtoolarge: ReasonRule = {
  id: 'emailtoolarge',
  phrases: {
    phrases: [
      // Sisimai reason/mesgtoobig phrase index
      'exceeded maximum inbound message size',
      'line limit exceeded',
      'max message size exceeded',
      'message file too big',
      'message length exceeds administrative limit',
      'message size exceeds fixed limit',
      'message size exceeds fixed maximum message size',
      'message size exceeds maximum value',
      'message too big',
      'message too large',
      'size limit',
      'taille limite du message atteinte',
      // Sisimai reason/exceedlimit phrase index
      'message header size exceeds limit',
      'message too large for this recipient',
      // Google: "Your message exceeded Google's message size limits"
      "exceeded google's message size limits",
    ],
    ordered: [
      ['message size ', ' exceeds '],
      ['size of the message ', ' exceeds'],
    ],
  },
};
