import type { ReasonId } from '../reasons/taxonomy';
import { matchByReason, type PhrasesByReason, type Rhost } from './types';

/**
 * Cox's "AUP#CODE" reply codes (Cox "email error codes" page; Sisimai Rhost/Cox.pm): the code
 * decides; without one of these codes, Cox's own wordings do.
 */
const coxCodes: Readonly<Record<string, ReasonId>> = {
  CXBL: 'blocked', // sending IP on Cox's block list
  CDRBL: 'blocked', // sending IP on a real-time block list
  CXDNS: 'requireptr', // no reverse DNS
  CXSNDR: 'authfailure', // sender's domain failed authentication
  CXSMTP: 'rejected',
  CXCNCT: 'ratelimited', // too many connections
  CXMXRT: 'ratelimited', // too many messages
  CXTHRT: 'securityerror', // sending limited: suspicious account activity
  CXMJ: 'securityerror', // sending blocked: suspicious activity on the primary account
  // IPBLnnnn: the sending IP is on DNSBLs (Spamhaus Zen, Return Path, Invaluement, Cloudmark CSI)
  IPBL0001: 'blocked',
  IPBL0010: 'blocked',
  IPBL0100: 'blocked',
  IPBL0011: 'blocked',
  IPBL0101: 'blocked',
  IPBL0110: 'blocked',
  IPBL0111: 'blocked',
  IPBL1000: 'blocked',
  IPBL1001: 'blocked',
  IPBL1010: 'blocked',
  IPBL1011: 'blocked',
  IPBL1100: 'blocked',
  IPBL1101: 'blocked',
  IPBL1110: 'blocked',
  IPBL1111: 'blocked',
  IPBL00001: 'blocked',
  // URLBLnnn: a URL in the body is on SURBL, Spamhaus DBL or ivmURI
  URLBL011: 'spamdetected',
  URLBL101: 'spamdetected',
  URLBL110: 'spamdetected',
  URLBL1001: 'spamdetected',
};

/** Cox's wordings without an AUP code (Sisimai Rhost/Cox.pm). */
const coxReplies: PhrasesByReason = [
  ['blocked', ['cox too many bad commands from', 'too many invalid recipients']],
  ['requireptr', ['dns check failure - try again later', 'rejected - no rdns']],
  ['policyviolation', ['esmtp no data before greeting', 'attachment extension is forbidden']],
  ['rejected', ['sender rejected']],
  ['systemerror', ['esmtp server temporarily not available']],
  ['ratelimited', ['too many sessions from', 'requested action aborted: try again later', 'message threshold exceeded']],
  ['userunknown', ['recipient rejected']],
];

export const cox: Rhost = {
  id: 'cox',
  hosts: ['cox.net', '.cloudfilter.net'],
  domains: ['cox.net'],
  decide(facts) {
    const code = /aup#([0-9a-z]+)/.exec(facts.diagnosis)?.[1]?.toUpperCase();
    const reason = code ? coxCodes[code] : undefined;
    if (code && reason) return { reason, matched: `AUP#${code}` };
    return matchByReason(facts.diagnosis, coxReplies);
  },
};
