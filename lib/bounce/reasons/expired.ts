import type { ReasonRule } from './types';

/** Delivery kept failing until the queue gave up (or is still retrying, for a delay notice). */
export const expired: ReasonRule = {
  id: 'expired',
  phrases: {
    phrases: [
      // Sisimai reason/expired phrase index
      'connection timed out',
      'could not find a gateway for',
      'delivery attempts will continue to be',
      'delivery time expired',
      'failed to deliver to domain ',
      'giving up on',
      'has been delayed',
      'have been failing for a long time',
      'has been in the queue too long',
      'message expired after sitting in queue for',
      'message expired, cannot connect to remote server',
      'message expired, connection refulsed',
      'message expired, connection refused',
      'message timed out',
      'retry time not reached for any host after a long failure period',
      'retry timeout exceeded',
      'server did not respond',
      'this message has been in the queue too long',
      'unable to deliver message after multiple retries',
      'was not reachable within the allowed queue period',
      'your message could not be delivered for more than',
      'envelope expired',
      'message expired',
      'could not deliver for the last',
      'did not accept our requests to connect',
      'unable to connect successfully to the destination mail server',
      // Sisimai Reason/Expired.pm index
      'delivery expired',
      'it has not been collected after',
      // Sisimai Lhost/Sendmail.pm: "Message could not be delivered for too long" (sendmail's queue timeout)
      'could not be delivered for too long',
      // Sisimai Lhost/Exchange2007.pm: QUEUE.Expired; Lhost/Gmail.pm: "DNS Error: Could not contact DNS servers"
      'queue.expired',
      'dns error: could not contact dns servers',
    ],
    ordered: [
      ['could not be delivered for', ' days'],
      ['not delivered within ', ' hours'],
      ['delivery failed ', ' attempts'],
    ],
  },
};
