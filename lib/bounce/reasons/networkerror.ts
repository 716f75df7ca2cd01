import type { ReasonRule } from './types';

/** DNS or routing trouble between the servers: lookups that fail, loops, unreachable hosts. */
export const networkerror: ReasonRule = {
  id: 'networkerror',
  phrases: {
    phrases: [
      // Sisimai reason/networkerror phrase index
      'could not connect and send the mail to',
      'dns records for the destination computer could not be found',
      'hop count exceeded - possible mail loop',
      'host is unreachable',
      'host name lookup failure',
      'host not found, try again',
      'mail forwarding loop for ',
      'malformed name server reply',
      'malformed or unexpected name server reply',
      'maximum forwarding loop count exceeded',
      'message looping',
      'message probably in a routing loop',
      'message was forwarded more than the maximum allowed times',
      'too many hops',
      'unable to resolve route ',
      'no route to host',
      "wasn't able to establish an smtp connection",
      'dns query failed',
      // Sisimai 5.1 Reason/NetworkError.pm: Exim's wording for a domain its router cannot route (a routing
      // failure, tried after hostunknown; its "unrouteable address" stays with hostunknown)
      'unrouteable mail domain',
      // Sisimai Lhost/Notes.pm and Lhost/Domino.pm: a mail loop. (The DNS texts of its GSuite, OpenSMTPD and
      // Exchange2007 tables stay with those decoders: in this table they would keep a hostunknown status
      // code from deciding, Sisimai Reason/HostUnknown.pm true(), where Sisimai's own table does not.)
      'message has exceeded maximum hop count',
      'maximum hop count exceeded',
    ],
  },
};
