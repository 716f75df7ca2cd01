import { matchByReason, type PhrasesByReason, type Rhost } from './types';

/** Mimecast's rejection texts (Mimecast "SMTP error codes" knowledge base; Sisimai rhost/mimecast behaviour). */
const mimecastReplies: PhrasesByReason = [
  ['virusdetected', ['email rejected due to security policies', 'virus signature detected', 'malware detected']],
  ['userunknown', ['invalid recipient', 'recipient address rejected']],
  ['emailtoolarge', ['message is too large', 'message size exceeds']],
  ['blocked', ['ip is on the blocked list', 'blocked ip address', 'rejected by blocked sender policy']],
  ['spamdetected', ['message considered as spam', 'spam detected']],
  ['rejected', ['envelope blocked', 'anti-spoofing policy']],
];

export const mimecast: Rhost = {
  id: 'mimecast',
  hosts: ['.mimecast.com', '.mimecast-offshore.com'],
  domains: [],
  decide: (facts) => matchByReason(facts.diagnosis, mimecastReplies),
};
