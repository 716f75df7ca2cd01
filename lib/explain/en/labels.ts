import type { ReasonId, Severity } from '@/lib/bounce/types';
import type { AddressSuggestion, TypoFix } from '@/lib/typo/types';
import type { Actor } from '../types';

export const enReasonLabels: Record<ReasonId, string> = {
  userunknown: 'Wrong part before the @',
  hostunknown: 'Wrong part after the @',
  hasmoved: 'Address has moved',
  notaccept: 'Domain accepts no mail',
  filtered: "Refused by recipient's filter",
  rejected: 'Refused because of sender address',
  mailboxfull: 'Mailbox full',
  suspend: 'Address suspended',
  suppressed: 'On the do-not-send list',
  emailtoolarge: 'Message too large',
  contenterror: 'Message format problem',
  virusdetected: 'Virus reported',
  spamdetected: 'Judged as spam',
  notcompliantrfc: 'Breaks the mail standard',
  blocked: 'Sending server blocked',
  badreputation: 'Poor sender reputation',
  authfailure: 'Sender authentication failed',
  requireptr: 'No reverse DNS (PTR)',
  policyviolation: "Recipient organisation's rules",
  securityerror: 'Refused for security reasons',
  norelaying: 'Relaying refused',
  ratelimited: 'Too much mail too fast',
  failedstarttls: 'Encryption (TLS) failed',
  expired: 'Gave up after retrying',
  networkerror: 'Problem on the way',
  systemerror: "Recipient's server fault",
  systemfull: "Recipient's server full",
  mailererror: "Delivery error in recipient's server",
  syntaxerror: 'Server conversation error',
  onhold: 'Reason undecided',
  undefined: 'No reason given',
  delivered: 'Delivered',
  vacation: 'Automatic reply',
  feedback: 'Reported as spam',
};

export const enSeverityLabels: Record<Severity, string> = {
  hard: 'Fails until fixed',
  soft: 'Works once the cause is fixed',
};

export const enSeverityDescriptions: Record<Severity, (softBounceLimit: number) => string> = {
  hard: () =>
    'Hard bounce: mail to this address fails, however often you send, until the address is corrected. The address is recorded as undeliverable.',
  soft: (limit) =>
    `Soft bounce: mail arrives after a wait or once the cause is fixed. But when the cause is the address or the recipient's server, ${limit} failures in a row for the same address record it as undeliverable.`,
};

export const enActorLabels: Record<Actor, string> = {
  you: 'You (the sender)',
  recipient: 'The recipient',
  'your-admin': 'Your mail administrator or provider',
  'recipient-admin': "The recipient's mail administrator",
  nobody: 'No one',
};

export const enActorSentences: Record<Actor, string> = {
  you: 'You can fix this yourself.',
  recipient: 'The recipient has to act.',
  'your-admin': 'Your mail administrator or provider (the company that runs your mail) has to act.',
  'recipient-admin': "The recipient's mail administrator (at their company, for example) has to act.",
  nobody: 'No one needs to do anything.',
};

export const enTypoFixes: Record<TypoFix, (suggestion: AddressSuggestion) => string> = {
  domain: (s) =>
    s.domain
      ? `"${s.domain.from}" after the @ looks like a typo for "${s.domain.to}".`
      : 'The part after the @ looks like a typo for a common domain.',
  'full-width': () => 'Full-width characters (＠ and letters) were made half-width.',
  space: () => 'Spaces inside the address were removed.',
  'trailing-dot': () => 'The "." at the end of the address was removed.',
  'double-dot': () => 'The ".." after the @ was made a single ".".',
};
