import type { ReasonRule } from './types';

/** The receiving server's disk is full (RFC 3463 X.3.1). */
export const systemfull: ReasonRule = {
  id: 'systemfull',
  phrases: {
    phrases: [
      // Sisimai reason/systemfull phrase index
      'mail system full',
      'requested mail action aborted: exceeded storage allocation',
      'insufficient system storage',
    ],
  },
};
