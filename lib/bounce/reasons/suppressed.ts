import type { ReasonRule } from './types';

/** The sending service skipped the address because it is on its suppression list (Sisimai 5.2). */
export const suppressed: ReasonRule = {
  id: 'suppressed',
  phrases: {
    phrases: [
      // Amazon SES "Suppressed" bounce subtype and SendGrid's suppression notices
      'address is on the suppression list',
      'on the account-level suppression list',
      'suppressed address',
    ],
  },
};
