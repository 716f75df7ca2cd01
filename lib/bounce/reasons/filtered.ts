import { matchPhrase } from '../text';
import type { ReasonRule } from './types';
import { userunknown } from './userunknown';

/**
 * Rejected by a filter on the recipient's side. Carriers (docomo, au) answer "user unknown"
 * after DATA when their domain or URL filter refuses the sender (anchors.md §4).
 */
/** Commands before the message text: a refusal there is about the session or the address, not a filter. */
const refusedBeforeData: ReadonlySet<string> = new Set(['CONN', 'EHLO', 'HELO', 'MAIL', 'RCPT']);

export const filtered: ReasonRule = {
  id: 'filtered',
  phrases: {
    phrases: [
      // Sisimai reason/filtered phrase index
      'because the recipient is only accepting mail from specific email addresses',
      'bounced address',
      'due to extended inactivity new mail is not currently being accepted for this mailbox',
      'has restricted sms e-mail',
      'is not accepting any mail',
      'message rejected due to user rules',
      'not found recipient account',
      'refused due to recipient preferences',
      'resolver.rst.notauthorized',
      'this account is protected by',
      'user refuses to receive this mail',
      'user reject',
      'we failed to deliver mail because the following address recipient id refuse to receive mail',
      'you have been blocked by the recipient',
      // Sisimai Lhost/Domino.pm, Lhost/KDDI.pm
      'cannot route mail to user',
      'the recipient has blocked mail',
    ],
  },
  // Sisimai reason/filtered behaviour: with a "filtered" status code, unknown-user words or
  // filter words decide; without one, they decide only when the refusal was not before DATA
  // (connection, greeting, MAIL FROM, RCPT TO), i.e. after DATA or at an unknown stage.
  decide: (facts) => {
    if (facts.statusReason === 'suspend') return '';
    const said = facts.diagnosis;
    if (facts.statusReason === 'filtered') return matchPhrase(said, userunknown.phrases) || matchPhrase(said, filtered.phrases);
    if (refusedBeforeData.has(facts.command)) return '';
    return matchPhrase(said, filtered.phrases) || matchPhrase(said, userunknown.phrases);
  },
};
