import type { ReasonId } from '../reasons/taxonomy';
import { matchByReason, type PhrasesByReason, type Rhost } from './types';

/** GoDaddy's "IBnnn" reply codes (GoDaddy's bounce code list; Sisimai Rhost/GoDaddy.pm). */
const godaddyCodes: Readonly<Record<string, ReasonId>> = {
  IB007: 'ratelimited',
  IB101: 'ratelimited',
  IB103: 'badreputation', // poor IP reputation
  IB104: 'blocked', // IP blocked for sending spam
  IB105: 'blocked',
  IB106: 'blocked',
  IB108: 'requireptr', // no reverse DNS for the sending IP
  IB110: 'blocked',
  IB111: 'blocked',
  IB112: 'blocked',
  IB113: 'blocked',
  IB212: 'spamdetected',
  IB401: 'securityerror', // authentication required
  IB501: 'notcompliantrfc',
  IB502: 'notcompliantrfc',
  IB504: 'ratelimited',
  IB506: 'rejected', // From: domain is invalid
  IB508: 'authfailure', // not allowed to send per the domain's SPF record
  IB510: 'ratelimited',
  IB605: 'ratelimited',
  IB607: 'ratelimited',
  IB705: 'virusdetected',
  // ours, from the same list
  IB512: 'spamdetected',
  IB513: 'ratelimited',
};

/** GoDaddy's wordings without an IB code (Sisimai Rhost/GoDaddy.pm). */
const godaddyReplies: PhrasesByReason = [
  ['blocked', ['rbl reject', 'www.spamhaus.org/query/bl?ip=']],
  ['expired', ['has been in the queue too long', 'delivery timeout']],
  ['mailboxfull', ['account storage limit']],
  ['spamdetected', ['message rejected for spam or virus content']],
  ['suspend', ['account disabled']],
  ['systemerror', ['message is looping']],
  ['userunknown', ['recipient not found', 'account does not exist']],
];

export const godaddy: Rhost = {
  id: 'godaddy',
  hosts: ['smtp.secureserver.net', 'mailstore1.secureserver.net', '.secureserver.net'],
  // Sisimai Rhost.pm also picks a provider when the recipient's domain is part of one of its host names
  domains: ['secureserver.net'],
  decide(facts) {
    const code = /\bib\d{3}\b/.exec(facts.diagnosis)?.[0]?.toUpperCase();
    const reason = code ? godaddyCodes[code] : undefined;
    return reason && code ? { reason, matched: code } : matchByReason(facts.diagnosis, godaddyReplies);
  },
};
