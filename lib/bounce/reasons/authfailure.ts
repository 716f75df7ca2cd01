import type { ReasonRule } from './types';

/** SPF, DKIM, DMARC or ARC checks failed for the sender's domain (RFC 7372 X.7.20–X.7.26). */
export const authfailure: ReasonRule = {
  id: 'authfailure',
  phrases: {
    phrases: [
      // Sisimai reason/authfailure phrase index
      '//spf.pobox.com',
      'bad spf records for',
      'dmarc policy',
      'dmarc check failed',
      'does not pass dmarc verification',
      'please inspect your spf settings',
      'sender policy framework (spf) fail',
      'sender policy framework violation',
      'spf (sender policy framework) domain authentication fail',
      'spf check: fail',
      // Google: SPF hard fail and DMARC rejection texts
      'has an spf record with a hard fail policy',
      'is not accepted due to domain\'s dmarc policy',
      'this message does not have authentication information',
      'multiple authentication checks failed',
      'dkim signature not valid',
    ],
    ordered: [
      [' is not allowed to send from <', " per it's spf record"],
      ['not accepted due to ', 'dmarc policy'],
      ['rejected per dmarc policy'],
      // Sisimai Reason/AuthFailure.pm pairs
      [' is not allowed to send mail.', '_401'],
    ],
  },
};
