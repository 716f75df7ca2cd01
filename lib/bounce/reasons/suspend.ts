import { matchPhrase } from '../text';
import type { ReasonRule } from './types';

/** The recipient's account exists but is disabled or suspended (e.g. unpaid au, disabled Yahoo!). */
export const suspend: ReasonRule = {
  id: 'suspend',
  phrases: {
    phrases: [
      // Sisimai reason/suspend phrase index
      ' is currently suspended',
      ' temporary locked',
      'account disabled',
      'account has been disabled',
      'account has been suspended',
      'account has been temporarily suspended',
      'account is disabled',
      'account is frozen',
      'account is inactive',
      'account suspended',
      'boite du destinataire archivee',
      'email account that you tried to reach is disabled',
      'has been suspended',
      'invalid/inactive user',
      'is a deactivated mailbox',
      'is unavailable: user is terminated',
      'mailbox currently suspended',
      'mailbox disabled',
      'mailbox is frozen',
      'mailbox unavailable or access denied',
      'recipient rejected: temporarily inactive',
      'recipient suspend the service',
      'this account has been disabled or discontinued',
      'this account has been temporarily suspended',
      'this address no longer accepts mail',
      'this mailbox is disabled',
      'user or domain is disabled',
      'user suspended',
      'vdelivermail: user is disabled',
      // EZweb/au: "The user(s) account is disabled." / "...temporarily limited."
      'the user(s) account is disabled',
      'account is temporarily limited',
      // RFC 4954 §6 wording used with 5.7.13
      'disabled recipient address',
      // Sisimai Reason/Suspend.pm index
      'archived recipient',
      'inactive account',
      'vdelivermail: account is locked email bounced',
      // A locked account ("This account has been locked", "account is locked"); Sisimai Reason/Suspend.pm has " temporary locked" and vpopmail's "account is locked"
      'account has been locked',
      'account is locked',
      'account locked',
      'mailbox has been locked',
      // Sisimai Lhost/qmail.pm: "Mailaddress is administrativly disabled"
      'mailaddress is administrativly disabled',
      'mailaddress is administratively disabled',
    ],
    ordered: [
      ['account ', ' is suspended'],
      ['recipient ', ' is disabled'],
      ['user ', ' is disabled'],
    ],
  },
  // Sisimai Reason/Suspend.pm true(): needs a status code; reply 525 (RFC 4954 §6, "user
  // account disabled") or the words decide. A "disabled" status code alone does not: the fact
  // stays open for more precise words, and the code decides only when none match (index.ts).
  // Text alone (no code, no stage) is tested by its words here.
  decide: (facts) => {
    if (!facts.status) return facts.command ? '' : matchPhrase(facts.diagnosis, suspend.phrases);
    if (facts.replyCode === '525') return facts.replyCode;
    return matchPhrase(facts.diagnosis, suspend.phrases);
  },
};
