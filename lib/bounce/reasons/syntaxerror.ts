import type { ReasonRule } from './types';

/** The remote server did not understand an SMTP command (reply codes 500–507, RFC 5321 §4.2.3). */
export const syntaxerror: ReasonRule = {
  id: 'syntaxerror',
  phrases: {
    phrases: [
      // RFC 5321 §4.2.2 reply texts for syntax and sequence errors
      'syntax error',
      'command parameter not implemented',
      'bad sequence of commands',
      'command not implemented',
      'command unrecognized',
    ],
  },
  // Sisimai Reason/SyntaxError.pm true(): only the reply code tells (401–407, 501–507).
  decide: (facts) => (/^[45]0[1-7]$/.test(facts.replyCode) ? facts.replyCode : ''),
};
