import type { ReasonRule } from './types';

/** Something broke on the receiving server (configuration, loop, internal error). */
export const systemerror: ReasonRule = {
  id: 'systemerror',
  phrases: {
    phrases: [
      // Sisimai reason/systemerror phrase index
      'aliasing/forwarding loop broken',
      "can't create user output file",
      'could not load drd for domain',
      'internal error reading data',
      'internal server error: operation now in progress',
      'interrupted system call',
      'it encountered an error while being processed',
      'it would create a mail loop',
      'local configuration error',
      'local error in processing',
      'loop was found in the mail exchanger',
      'loops back to myself',
      'mail system configuration error',
      'queue file write error',
      'recipient deferred because there is no mdb',
      'remote server is misconfigured',
      'server configuration error',
      'service currently unavailable',
      'system config error',
      'timeout waiting for input',
      'transaction failed ',
      'internal system error',
      'unable to contact ldap server',
      // Sisimai Reason/SystemError.pm index
      'temporary local problem',
      // Sisimai Lhost/Exchange2007.pm, Lhost/Exim.pm, Lhost/Domino.pm, Lhost/Courier.pm, Lhost/qmail.pm, Lhost/Amavis.pm
      'resolver.adr.badprimary',
      'resolver.adr.invalidinsmtp',
      'resolver.adr.ambiguous',
      'delivery to file forbidden',
      'delivery to pipe forbidden',
      'local delivery failed',
      'lmtp error after ',
      'several matches found in domino directory',
      'bad interpreter: no such file or directory',
      "this domain's dns violates rfc 1035",
      'temporary mta failure on relaying',
      'rejected by next-hop mta on relaying',
    ],
  },
};
