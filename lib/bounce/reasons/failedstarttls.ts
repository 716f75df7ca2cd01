import type { ReasonRule } from './types';

/** STARTTLS was required and failed (RFC 3207; RFC 8689 REQUIRETLS, X.7.30). */
export const failedstarttls: ReasonRule = {
  id: 'failedstarttls',
  phrases: {
    phrases: [
      // Sisimai reason/failedstarttls behaviour (5.2.0): TLS negotiation failures
      'starttls is required to send mail',
      'must issue a starttls command first',
      'tls negotiation failed',
      'requiretls',
    ],
  },
};
