import { matchPhrase } from '../text';
import type { ReasonRule } from './types';

/** The server refused to relay: the recipient's domain is not one it serves. */
export const norelaying: ReasonRule = {
  id: 'norelaying',
  phrases: {
    phrases: [
      // Sisimai reason/norelaying phrase index
      'as a relay',
      'insecure mail relay',
      'is not permitted to relay through this server without authentication',
      'mail server requires authentication when attempting to send to a non-local e-mail address',
      'no relaying',
      'not a gateway',
      'not allowed to relay through this machine',
      'not an open relay, so get lost',
      'not local host',
      'relay access denied',
      'relay denied',
      'relay not permitted',
      'relaying denied',
      'relaying mail to ',
      'relay prohibited',
      'specified domain is not allowed',
      "that domain isn't in my list of allowed rcpthost",
      'this system is not configured to relay mail',
      'unable to relay',
      "we don't handle mail for",
      // Sisimai Reason/NoRelaying.pm index
      'email address is not verified.',
    ],
  },
  // Sisimai reason/norelaying behaviour: a refusal before MAIL FROM (at connection or
  // greeting) is about the client, not relaying, whatever the words.
  // A decoder that already called it a security or system error, or could not tell, is not
  // overruled by relaying words (Sisimai Reason/NoRelaying.pm true()).
  decide: (facts) => {
    if (facts.decoderReason === 'securityerror' || facts.decoderReason === 'systemerror' || facts.decoderReason === 'undefined') return '';
    if (facts.command === 'CONN' || facts.command === 'EHLO' || facts.command === 'HELO') return '';
    return matchPhrase(facts.diagnosis, norelaying.phrases);
  },
};
