import { matchPhrase } from '../text';
import { networkerror } from './networkerror';
import type { ReasonRule } from './types';

/** The domain after "@" does not exist or cannot be routed to (RFC 3463 X.1.2, X.4.4). */
export const hostunknown: ReasonRule = {
  id: 'hostunknown',
  phrases: {
    phrases: [
      // Sisimai reason/hostunknown phrase index
      'domain does not exist',
      'domain is not reachable',
      'domain must exist',
      'host or domain name not found',
      'host unknown',
      'host unreachable',
      'illegal host/domain name found',
      'invalid domain',
      'name or service not known',
      'no such domain',
      'recipient address rejected: unknown domain name',
      'recipient domain must exist',
      'the account or domain may not exist',
      'unknown host',
      'unrouteable address',
      "couldn't find any host named",
      'bad destination system address',
      // Sisimai Reason/HostUnknown.pm index
      'mail domain mentioned in email address is unknown',
      'unroutable address',
      // Sisimai Lhost/Exchange2007.pm, Lhost/Exim.pm, Lhost/Gmail.pm, Lhost/qmail.pm, Lhost/DragonFly.pm, Lhost/KDDI.pm
      'smtpsend.dns.nonexistentdomain',
      'all host address lookups failed permanently',
      'all relevant mx records point to non-existent hosts',
      'dns error: domain name not found',
      'dns error: dns server returned answer with no data',
      "sorry, i couldn't find any host ",
      'dns lookup failure: host ',
      'as the remote domain doesnt exist',
    ],
    ordered: [
      ['553 ', ' does not exist'],
    ],
  },
  // Sisimai reason/hostunknown behaviour: with a "host unknown" code, a DNS failure in the text
  // (a lookup that timed out, a malformed reply) is a network error, not a missing domain.
  decide: (facts) => {
    const said = facts.diagnosis;
    if (facts.statusReason === 'hostunknown') return matchPhrase(said, networkerror.phrases) ? '' : facts.status;
    return matchPhrase(said, hostunknown.phrases);
  },
};
