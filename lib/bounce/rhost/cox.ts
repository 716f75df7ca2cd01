import type { ReasonId } from '../reasons/taxonomy';
import type { Rhost } from './types';

/** Cox's "AUP#CODE" reply codes (Cox "email error codes" page; Sisimai rhost/cox behaviour). */
const coxCodes: Readonly<Record<string, ReasonId>> = {
  CXBL: 'blocked', // sending IP on Cox's block list
  CDRBL: 'blocked', // sending IP on a real-time block list
  CXDNS: 'requireptr', // no reverse DNS
  CXSNDR: 'rejected', // sender address refused
  CXSMTP: 'rejected',
  CXCNCT: 'ratelimited', // too many connections
  CXMXRT: 'ratelimited', // too many messages
  CXRCPT: 'userunknown',
};

export const cox: Rhost = {
  id: 'cox',
  hosts: ['cox.net', '.cloudfilter.net'],
  domains: ['cox.net'],
  decide(facts) {
    const code = /aup#([a-z]+)/.exec(facts.diagnosis)?.[1]?.toUpperCase();
    if (!code) return undefined;
    const reason = coxCodes[code] ?? (code.startsWith('IPBL') || code.startsWith('RBL') ? 'blocked' : undefined);
    return reason ? { reason, matched: `AUP#${code}` } : undefined;
  },
};
