import type { ReasonRule } from './types';

/** The message breaks RFC 5322 (several From or Subject fields, a bad Date, ...). */
export const notcompliantrfc: ReasonRule = {
  id: 'notcompliantrfc',
  phrases: {
    phrases: [
      // Sisimai reason/notcompliantrfc phrase index; Google's RFC 5322 rejections
      'this message is not rfc 5322 compliant',
      'https://support.google.com/mail/?p=rfcmessagenoncompliant',
      'messages with multiple addresses in from: header are not accepted',
      'missing a valid address in the from: header',
    ],
    ordered: [['there are multiple ', ' headers']],
  },
};
