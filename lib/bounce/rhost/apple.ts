import { matchByReason, type PhrasesByReason, type Rhost } from './types';

/**
 * iCloud Mail's replies (Apple's "iCloud Mail server reply codes" page; Sisimai Rhost/Apple.pm).
 * Sisimai tries its reasons in hash order; here the more specific refusals come first.
 */
const appleReplies: PhrasesByReason = [
  ['authfailure', ['s dmarc policy', 'blocked for failing both spf and dkim autentication checks', 'blocked for failing both spf and dkim authentication checks']],
  ['blocked', [
    'rejected due to having a domain present in the spamhaus',
    'rejected due to listing in spamhaus',
    'blocked - see https://support.proofpoint.com/dnsbl-lookup',
    'not accepting connections',
  ]],
  ['hasmoved', ['recipient no longer on server']],
  ['mailboxfull', ['user is over quota']],
  ['norelaying', ['relay access denied']],
  ['notaccept', ['host/domain does not accept mail']],
  ['policyviolation', ['due to local policy']],
  ['rejected', ['sender address rejected']],
  ['ratelimited', ['due to excessive volume']],
  ['userunknown', ['inactive email address', 'user does not exist', 'unknown or illegal alias']],
];

export const apple: Rhost = {
  id: 'apple',
  hosts: ['.mail.icloud.com', '.apple.com', '.me.com'],
  domains: ['icloud.com', 'me.com', 'apple.com'],
  decide: (facts) => matchByReason(facts.diagnosis, appleReplies),
};
