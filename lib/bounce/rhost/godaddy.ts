import type { ReasonId } from '../reasons/taxonomy';
import type { Rhost } from './types';

/** GoDaddy's "IBnnn" reply codes (GoDaddy's bounce code list; Sisimai rhost/godaddy behaviour). */
const godaddyCodes: Readonly<Record<string, ReasonId>> = {
  IB103: 'blocked', // poor IP reputation
  IB104: 'blocked', // IP blocked for sending spam
  IB105: 'blocked',
  IB106: 'blocked',
  IB108: 'blocked', // IP in a real-time block list
  IB110: 'blocked',
  IB111: 'blocked',
  IB112: 'blocked',
  IB113: 'blocked',
  IB212: 'spamdetected',
  IB401: 'securityerror', // authentication required
  IB501: 'rejected', // sender domain must exist
  IB502: 'rejected',
  IB504: 'ratelimited',
  IB506: 'rejected', // From: domain is invalid
  IB508: 'authfailure', // not allowed to send per the domain's SPF record
  IB510: 'ratelimited',
  IB512: 'spamdetected',
  IB513: 'ratelimited',
};

export const godaddy: Rhost = {
  id: 'godaddy',
  hosts: ['smtp.secureserver.net', 'mailstore1.secureserver.net', '.secureserver.net'],
  domains: [],
  decide(facts) {
    const code = /\bib\d{3}\b/.exec(facts.diagnosis)?.[0]?.toUpperCase();
    const reason = code ? godaddyCodes[code] : undefined;
    return reason && code ? { reason, matched: code } : undefined;
  },
};
