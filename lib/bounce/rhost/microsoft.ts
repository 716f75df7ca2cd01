import type { ReasonId } from '../reasons/taxonomy';
import { matchByReason, type PhrasesByReason, type Rhost, type RhostFacts, type RhostVerdict } from './types';

/**
 * Exchange Online and Outlook.com enhanced codes whose meaning Microsoft documents ("Email
 * non-delivery reports and SMTP errors in Exchange Online"; Sisimai rhost/microsoft and
 * lhost/office365 behaviour). Microsoft's three-digit details (5.4.312, 5.7.509, ...) say more
 * than RFC 3463 could, so they decide before the generic table.
 */
const exchangeCodes: Readonly<Record<string, ReasonId>> = {
  '4.4.7': 'expired',
  '4.4.312': 'networkerror',
  '4.4.316': 'expired',
  '4.7.650': 'badreputation',
  '5.1.8': 'rejected', // bad outbound sender
  '5.1.10': 'userunknown', // RESOLVER.ADR.RecipientNotFound
  '5.2.2': 'mailboxfull',
  '5.2.3': 'emailtoolarge',
  '5.4.6': 'networkerror', // routing loop
  '5.4.14': 'networkerror',
  '5.4.310': 'hostunknown', // DNS domain does not exist
  '5.4.312': 'networkerror', // DNS query failed
  '5.4.316': 'expired', // message expired, connection refused
  '5.6.11': 'contenterror',
  '5.7.23': 'authfailure',
  '5.7.25': 'requireptr',
  '5.7.501': 'spamdetected',
  '5.7.502': 'spamdetected',
  '5.7.503': 'spamdetected',
  '5.7.506': 'blocked', // bad HELO
  '5.7.507': 'blocked',
  '5.7.508': 'authfailure', // SPF
  '5.7.509': 'authfailure', // DMARC
  '5.7.510': 'notaccept',
  '5.7.511': 'blocked', // banned sender
};

/** Ranges Microsoft reserves for block-list rejections of the sending IP. */
function blockListCode(status: string): boolean {
  const match = /^[45]\.7\.(\d{3})$/.exec(status);
  const detail = Number(match?.[1] ?? '0');
  return (detail >= 606 && detail <= 649) || (detail >= 700 && detail <= 750) || (status.startsWith('4.') && detail >= 500 && detail <= 699 && detail !== 650);
}

/** Microsoft wordings that decide whatever the code (the same texts come with several codes). */
const microsoftReplies: PhrasesByReason = [
  ['userunknown', ['recipient address rejected: access denied', 'resolver.adr.recipientnotfound', 'resolver.adr.recipnotfound']],
  ['badreputation', ['temporarily rate limited due to ip reputation']],
  ['blocked', ['banned sending ip', 'part of their network is on our block list']],
  ['authfailure', ['does not pass dmarc verification']],
];

/** The Exchange/Outlook verdict for a fact, shared by the Microsoft rhost and the Exchange decoders. */
export function decideMicrosoft(facts: Pick<RhostFacts, 'status' | 'diagnosis'>): RhostVerdict | undefined {
  const byCode = exchangeCodes[facts.status];
  if (byCode) return { reason: byCode, matched: facts.status };
  if (blockListCode(facts.status)) return { reason: 'blocked', matched: facts.status };
  return matchByReason(facts.diagnosis, microsoftReplies);
}

export const microsoft: Rhost = {
  id: 'microsoft',
  hosts: ['.prod.outlook.com', '.protection.outlook.com', '.outlook.com', '.hotmail.com'],
  domains: [],
  decide: decideMicrosoft,
};
