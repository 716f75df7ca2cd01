/**
 * RFC 3463 enhanced status code → reason: Sisimai SMTP/Status.pm StandardCode, entry for entry
 * (its mesgtoobig/exceedlimit are our emailtoolarge, toomanyconn our ratelimited); the codes are
 * RFC 3463 §3, RFC 4954, RFC 7372, RFC 7505 and the IANA registry. Codes that say too little on
 * their own (x.0.0, 4.3.0, 4.4.0, x.5.0, 4.7.0, ...) are absent on purpose, as they are there:
 * the reason then comes from the diagnostic text.
 */
import type { ReasonId } from './reasons/taxonomy';

const table: Readonly<Record<string, ReasonId>> = {
  // X.1.x addressing (RFC 3463 §3.2)
  '4.1.6': 'hasmoved',
  '4.1.7': 'rejected', // bad sender's mailbox address syntax
  '4.1.8': 'rejected', // bad sender's system address
  '4.1.9': 'systemerror',
  '5.1.0': 'userunknown',
  '5.1.1': 'userunknown',
  '5.1.2': 'hostunknown',
  '5.1.3': 'userunknown',
  '5.1.4': 'filtered',
  '5.1.6': 'hasmoved',
  '5.1.7': 'rejected',
  '5.1.8': 'rejected',
  '5.1.9': 'systemerror',
  '5.1.10': 'notaccept', // RFC 7505 §4.1: recipient domain has a null MX
  // X.2.x mailbox (§3.3)
  '4.2.1': 'suspend',
  '4.2.2': 'mailboxfull',
  '4.2.3': 'emailtoolarge',
  '4.2.4': 'filtered',
  '5.2.0': 'filtered',
  '5.2.1': 'filtered',
  '5.2.2': 'mailboxfull',
  '5.2.3': 'emailtoolarge',
  '5.2.4': 'filtered',
  // X.3.x mail system (§3.4)
  '4.3.1': 'systemfull',
  '4.3.2': 'notaccept',
  '4.3.3': 'systemerror',
  '4.3.5': 'systemerror',
  '5.3.0': 'systemerror',
  '5.3.1': 'systemfull',
  '5.3.2': 'notaccept',
  '5.3.3': 'systemerror',
  '5.3.4': 'emailtoolarge',
  '5.3.5': 'systemerror',
  // X.4.x network and routing (§3.5)
  '4.4.1': 'expired',
  '4.4.2': 'networkerror',
  '4.4.3': 'systemerror',
  '4.4.4': 'networkerror',
  '4.4.5': 'systemfull',
  '4.4.6': 'networkerror',
  '4.4.7': 'expired',
  '4.4.8': 'networkerror', // retry on IPv4
  '5.4.0': 'networkerror',
  '5.4.3': 'systemerror',
  '5.4.4': 'hostunknown',
  // X.5.x mail delivery protocol (§3.6)
  '4.5.3': 'systemerror',
  '4.5.5': 'systemerror', // wrong protocol version
  '5.5.2': 'syntaxerror',
  '5.5.3': 'ratelimited',
  '5.5.4': 'systemerror',
  '5.5.5': 'systemerror',
  '5.5.6': 'syntaxerror', // authentication exchange line too long
  // X.6.x message content (§3.7)
  '4.6.0': 'contenterror',
  '4.6.2': 'contenterror',
  '4.6.5': 'contenterror',
  '5.6.0': 'contenterror',
  '5.6.1': 'contenterror',
  '5.6.2': 'contenterror',
  '5.6.3': 'contenterror',
  '5.6.5': 'contenterror',
  '5.6.6': 'contenterror',
  '5.6.7': 'contenterror',
  '5.6.8': 'contenterror',
  '5.6.9': 'contenterror',
  // X.7.x security and policy (§3.8, RFC 4954 §6, RFC 7372 §3)
  '4.7.1': 'blocked',
  '4.7.2': 'blocked', // mailing list expansion prohibited
  '4.7.5': 'securityerror',
  '4.7.6': 'securityerror',
  '4.7.7': 'securityerror',
  '4.7.12': 'securityerror',
  '4.7.15': 'securityerror',
  '4.7.16': 'emailtoolarge', // message too big for the specified priority
  '4.7.24': 'authfailure', // SPF validation error
  '4.7.25': 'requireptr',
  '4.7.26': 'authfailure',
  '5.7.0': 'securityerror',
  '5.7.1': 'securityerror',
  '5.7.2': 'securityerror',
  '5.7.3': 'securityerror',
  '5.7.4': 'securityerror',
  '5.7.5': 'securityerror',
  '5.7.6': 'securityerror',
  '5.7.7': 'securityerror',
  '5.7.8': 'securityerror',
  '5.7.9': 'securityerror',
  '5.7.10': 'securityerror',
  '5.7.11': 'securityerror',
  '5.7.13': 'suspend', // user account disabled (RFC 4954 §6)
  '5.7.14': 'securityerror',
  '5.7.15': 'securityerror',
  '5.7.16': 'emailtoolarge',
  '5.7.17': 'hasmoved',
  '5.7.18': 'hasmoved',
  '5.7.19': 'securityerror',
  '5.7.20': 'authfailure', // no passing DKIM signature (RFC 7372)
  '5.7.21': 'authfailure',
  '5.7.22': 'authfailure',
  '5.7.23': 'authfailure', // SPF validation failed
  '5.7.24': 'authfailure',
  '5.7.25': 'requireptr', // reverse DNS validation failed
  '5.7.26': 'authfailure', // multiple authentication checks failed
  '5.7.27': 'notaccept', // sender address has null MX (RFC 7505 §4.2)
  '5.7.28': 'spamdetected', // part of a mail flood of similar abusive messages
  '5.7.29': 'authfailure', // ARC validation failed
  '5.7.30': 'securityerror', // REQUIRETLS support required
};

/** The reason an enhanced status code names, or undefined when the code alone does not tell. */
export function reasonOfStatus(code: string): ReasonId | undefined {
  if (code.startsWith('2.')) return 'delivered';
  return table[code];
}
