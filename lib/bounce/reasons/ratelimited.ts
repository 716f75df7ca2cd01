import type { ReasonRule } from './types';

/**
 * Too fast or too much: connection, message or recipient rate limits. Sisimai 5.6 merged its
 * "speeding" and "toomanyconn" into this one.
 */
export const ratelimited: ReasonRule = {
  id: 'ratelimited',
  phrases: {
    phrases: [
      // Sisimai reason/speeding phrase index
      'mail sent from your ip address has been temporarily rate limited',
      'please try again slower',
      'receiving mail at a rate that prevents additional messages from being delivered',
      'receiving mail too quickly',
      'too many connections from your host',
      // Sisimai reason/toomanyconn phrase index
      'all available ips are at maximum connection limit',
      'connection rate limit exceeded',
      'exceeds per-domain connection limit for',
      'has exceeded the max emails per hour ',
      'throttling failure: daily message quota exceeded',
      'throttling failure: maximum sending rate exceeded',
      'too many connections',
      'too many connections from your domain',
      'too many connections from your ip',
      'too many recipients',
      'too many simultaneous connections',
      'ip frequency limited',
      'rate limit exceeded',
      // RFC 8689-era wording used by several providers
      'too many messages',
      // Sisimai Reason/TooManyConn.pm index (French: "trop de connexions")
      'too many concurrent smtp connections',
      'too many errors from your ip',
      'too many smtp sessions for this host',
      'trop de connexions, ',
      'we have already made numerous attempts to deliver this message',
      // Sisimai Lhost/Exchange2007.pm: RESOLVER.ADR.RecipLimit (too many recipients)
      'resolver.adr.reciplimit',
    ],
    // Sisimai 5.1 Reason/MailboxFull.pm: "user has too many messages on the server" is a full mailbox,
    // not a rate (our "too many messages" would otherwise take it first when no status code is given)
    excluded: ['too many messages on the server'],
  },
};
