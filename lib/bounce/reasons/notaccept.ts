import type { ReasonRule } from './types';

/** The destination accepts no mail at all (null MX, RFC 7505; X.3.2 "not accepting messages"). */
export const notaccept: ReasonRule = {
  id: 'notaccept',
  phrases: {
    phrases: [
      // Sisimai reason/notaccept phrase index
      'does not accept mail',
      'host/domain does not accept mail',
      'host does not accept mail',
      'mail receiving disabled',
      'name server: .: host not found',
      'no mx record found for domain=',
      'no route for current request',
      'null mx',
      'smtp protocol returned a permanent error',
      'system not accepting network messages',
      "doesn't receive email according to the administrator",
      // Sisimai Lhost/Exim.pm, Lhost/OpenSMTPD.pm, Lhost/qmail.pm: no mail exchanger, or one that takes no mail
      'an mx or srv record indicated no smtp service',
      'no host found for existing smtp connection',
      'destination seem to reject all mails',
      'no mx found for domain',
      'no mx found for destination',
      "sorry, i couldn't find a mail exchanger or ip address",
    ],
  },
};
