import type { ReasonRule } from './types';

/** Refused by the receiver's local policy (content rules, attachment types, members-only lists). */
export const policyviolation: ReasonRule = {
  id: 'policyviolation',
  phrases: {
    phrases: [
      // Sisimai reason/policyviolation phrase index
      'an illegal attachment on your message',
      'because the recipient is not accepting mail with ',
      'by non-member to a members-only list',
      'closed mailing list',
      'denied by policy',
      'email not accepted for policy reasons',
      'header error',
      'local policy violation',
      'message bounced due to organizational settings',
      'message given low priority',
      'message not accepted for policy reasons',
      'message rejected due to local policy',
      'messages with multiple addresses',
      'protocol violation',
      'rejected for policy reasons',
      'the message was rejected by organization policy',
      'this message was blocked because its content presents a potential',
      'we do not accept messages containing images or other attachments',
      "you're using a mass mailer",
      // Sisimai Reason/PolicyViolation.pm index and pairs
      'email rejected due to security policies',
      'header are not accepted',
      'the email address used to send your message is not subscribed to this group',
    ],
    ordered: [
      ['<', '> is not a member of this list'],
      // Sisimai Reason/PolicyViolation.pm index and pairs
      ['you have exceeded the', 'allowable number of posts without solving a captcha'],
    ],
  },
};
