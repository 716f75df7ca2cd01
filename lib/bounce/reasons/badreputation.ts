import type { ReasonRule } from './types';

/** The sending IP or domain has a bad reputation with the receiver (Gmail, Outlook, Yahoo). */
export const badreputation: ReasonRule = {
  id: 'badreputation',
  phrases: {
    phrases: [
      // Sisimai reason/badreputation phrase index
      'has been temporarily rate limited due to ip reputation',
      'ip/domain reputation problems',
      'likely suspicious due to the very low reputation',
      'temporarily deferred due to unexpected volume or user complaints',
      "the sending mta's poor reputation",
      'due to ip reputation',
      // Sisimai Reason/BadReputation.pm index
      'a poor email reputation score',
      'none/bad reputation',
    ],
  },
};
