import type { ReasonRule } from './types';

/** The message's format was refused: broken MIME, 8-bit headers, headers too large, lines too long. */
export const contenterror: ReasonRule = {
  id: 'contenterror',
  phrases: {
    phrases: [
      // Sisimai reason/contenterror phrase index
      'improper use of 8-bit data in message header',
      'message header size, or recipient list, exceeds policy limit',
      'message mime complexity exceeds the policy maximum',
      'routing loop detected -- too many received: headers',
      'this message contain invalid mime headers',
      'this message contain improperly-formatted binary content',
      'this message contain text that uses unnecessary base64 encoding',
      'headers too large',
      'duplicate header',
      'media error',
      // Sisimai 5.1 Reason/ContentError.pm (not a policy refusal: a header block over the receiver's size limit)
      'header size exceeds maximum permitted',
      // docomo: "500 Line Too Long" is a line over 1000 bytes, a format problem (anchors.md §4)
      'line too long',
      // Sisimai Lhost/Exim.pm: too many "Received" headers (a loop)
      'too many "received" headers',
    ],
  },
};
