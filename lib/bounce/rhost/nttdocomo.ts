import { matchByReason, type PhrasesByReason, type Rhost } from './types';

/** docomo's own replies that name their cause (anchors.md §4; Sisimai rhost/nttdocomo behaviour). */
const docomoReplies: PhrasesByReason = [
  ['mailboxfull', ['552 too much mail data']],
  ['ratelimited', ['552 too many recipients']],
  ['syntaxerror', ['503 bad sequence of commands', '504 command parameter not implemented']],
];

/**
 * NTT docomo. Its MX answers "550 Unknown user" both for a missing mailbox and for a refusal by
 * the recipient's reception settings; only the stage tells them apart: at RCPT TO the mailbox
 * is unknown, after DATA the mail was refused (Sisimai rhost/nttdocomo behaviour, which calls
 * that case "rejected"; anchors.md §4 notes docomo stopped refusing at SMTP in 2025).
 */
export const nttdocomo: Rhost = {
  id: 'nttdocomo',
  hosts: ['mfsmax.docomo.ne.jp'],
  domains: ['docomo.ne.jp'],
  decide(facts) {
    // A transcript with a 5.1.1 line is a refusal at RCPT TO; 5.2.0 is sendmail's code for a
    // refusal after DATA (Sisimai rhost/nttdocomo behaviour).
    if (facts.status === '5.1.1') return { reason: 'userunknown', matched: facts.status };
    if (facts.status === '5.2.0') return { reason: 'filtered', matched: facts.status };
    const reply = matchByReason(facts.diagnosis, docomoReplies);
    if (reply) return reply;
    if (facts.status !== '5.0.0' && facts.status !== '') return undefined;
    if (facts.command === 'RCPT') return { reason: 'userunknown', matched: 'RCPT' };
    if (facts.command === 'DATA') return { reason: 'rejected', matched: 'DATA' };
    return undefined;
  },
};
