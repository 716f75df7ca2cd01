import type { ReasonId } from '../reasons/taxonomy';
import { containsAny } from '../text';
import { matchByReason, type PhrasesByReason, type Rhost, type RhostFacts, type RhostVerdict } from './types';

/**
 * Mimecast's replies: reason, reply code, words (Mimecast "SMTP error codes" knowledge base;
 * Sisimai Rhost/Mimecast.pm). An entry counts when the reply code is its code and the words occur.
 */
const mimecastCodedReplies: readonly (readonly [ReasonId, string, string])[] = [
  ['authfailure', '550', 'spf sender invalid - envelope rejected'],
  ['authfailure', '550', 'dkim sender invalid - envelope rejected'],
  ['authfailure', '550', 'dmarc sender invalid - envelope rejected'],
  ['badreputation', '451', 'internal resources are temporarily unavailable'],
  ['badreputation', '550', 'local ct ip reputation - (reject)'],
  ['blocked', '421', 'sender address blocked'],
  ['blocked', '451', 'recipient temporarily unavailable'],
  ['blocked', '451', 'ip temporarily blacklisted'],
  ['expired', '550', 'journal messages past the expiration'],
  ['emailtoolarge', '554', 'maximum email size exceeded'],
  ['networkerror', '451', 'the incorrect hostname used for inbounds'],
  ['networkerror', '550', 'the incorrect hostname used for inbounds'],
  ['networkerror', '554', 'mail loop detected'],
  ['norelaying', '451', 'open relay not allowed'],
  ['norelaying', '451', 'open relay is not allowed'],
  ['notaccept', '451', 'account inbounds disabled'],
  ['onhold', '451', 'account outbounds disabled'],
  ['onhold', '451', 'hostname is not authorized'],
  ['onhold', '550', 'journal message past expiration'],
  ['policyviolation', '550', 'anti-spoofing policy - inbound not allowed'],
  ['policyviolation', '550', 'rejected by header-based anti-spoofing policy'],
  ['policyviolation', '550', 'message bounced due to content examination policy'],
  ['policyviolation', '554', 'host network not allowed'],
  ['policyviolation', '554', 'host network, not allowed'],
  ['rejected', '550', 'administrative prohibition envelope blocked'],
  ['rejected', '550', 'envelope blocked - user entry'],
  ['rejected', '550', 'envelope blocked - user domain entry'],
  ['rejected', '550', 'rejected by header-based manually blocked senders - block for manual block'],
  ['rejected', '550', 'rejected by header-based blocked senders - block policy for header from'],
  ['rejected', '550', 'envelope rejected - block policy for envelope from address'],
  ['securityerror', '535', 'incorrect authentication data'],
  ['securityerror', '550', 'submitter failed to disabled'],
  ['securityerror', '550', 'submitter failed to authenticate'],
  ['securityerror', '553', 'this route requires encryption (tls)'],
  ['securityerror', '553', 'this route requires tls version 1.2 or greater'],
  ['securityerror', '553', 'this route requires high-strength ciphers'],
  ['securityerror', '554', 'configuration is invalid for this certificate'],
  ['systemerror', '451', 'unable to process connection at this time'],
  ['systemerror', '451', 'message ended early'],
  ['systemerror', '451', 'unable to process command'],
  ['systemerror', '451', 'unable to process an email at this time'],
  ['ratelimited', '451', 'account service is temporarily unavailable'],
  ['ratelimited', '452', 'too many recipients'],
  ['ratelimited', '550', 'exceeding outbound thread limit'],
  ['userunknown', '501', 'invalid address'],
  ['userunknown', '503', 'user unknown'],
  ['userunknown', '550', 'invalid recipient'],
  ['virusdetected', '554', 'email rejected due to security policies'],
];

const mimecastCodedWords = mimecastCodedReplies.map(([, , words]) => words);

/** Further Mimecast wordings, whatever the reply code (the same knowledge base). */
const mimecastReplies: PhrasesByReason = [
  ['virusdetected', ['virus signature detected', 'malware detected']],
  ['userunknown', ['invalid recipient', 'recipient address rejected']],
  ['emailtoolarge', ['message is too large', 'message size exceeds']],
  ['blocked', ['ip is on the blocked list', 'blocked ip address', 'rejected by blocked sender policy']],
  ['spamdetected', ['message considered as spam', 'spam detected']],
  ['rejected', ['envelope blocked', 'anti-spoofing policy']],
];

function decideMimecast(facts: RhostFacts): RhostVerdict | undefined {
  if (facts.replyCode && containsAny(facts.diagnosis, mimecastCodedWords)) {
    for (const [reason, replyCode, words] of mimecastCodedReplies) {
      if (replyCode === facts.replyCode && facts.diagnosis.includes(words)) return { reason, matched: words };
    }
  }
  return matchByReason(facts.diagnosis, mimecastReplies);
}

export const mimecast: Rhost = {
  id: 'mimecast',
  hosts: ['.mimecast.com', '.mimecast-offshore.com'],
  // Sisimai Rhost.pm also picks a provider when the recipient's domain is part of one of its host names
  domains: ['mimecast.com'],
  decide: decideMimecast,
};
