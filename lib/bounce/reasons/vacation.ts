import type { ReasonRule } from './types';

/** An auto-reply (RFC 3834), not a failure: words of out-of-office answers. */
export const vacation: ReasonRule = {
  id: 'vacation',
  phrases: {
    phrases: [
      // Sisimai reason/vacation phrase index
      'i am away on vacation',
      'i am away until',
      'i am out of the office',
      'i will be traveling for work on',
      'out of the office',
      'out of office',
      'i am currently away',
      "i'm out of the office",
      'automatic reply',
      'auto-reply',
      'autoreply',
      '不在にしております',
      '自動応答',
    ],
  },
};
