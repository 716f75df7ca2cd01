import type { ReasonRule } from './types';

/** A virus or malware was found in the message or its attachment. */
export const virusdetected: ReasonRule = {
  id: 'virusdetected',
  phrases: {
    phrases: [
      // Sisimai reason/virusdetected phrase index
      'it has a potentially executable attachment',
      'the message was rejected because it contains prohibited virus or spam content',
      'this form of attachment has been used by recent viruses or other malware',
      'virus detected',
      'virus phishing/malicious_url detected',
      'your message was infected with a virus',
      'message contains a virus',
      'infected with',
    ],
  },
};
