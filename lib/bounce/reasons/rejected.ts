import { matchPhrase } from '../text';
import type { ReasonRule } from './types';

/**
 * Words that mean "sender refused" only when the server said them in reply to MAIL FROM;
 * elsewhere they are too general ("access denied" also answers RCPT TO for unknown users).
 */
const mailFromPhrases = {
  phrases: ['access denied', 'no such domain', 'does not exist', 'domain is invalid'],
} as const;

/** Refused because of the envelope sender (MAIL FROM): its address, domain or verification. */
export const rejected: ReasonRule = {
  id: 'rejected',
  phrases: {
    phrases: [
      // Sisimai reason/rejected phrase index: sender-address refusals
      '5.1.0 sender rejected',
      '5.1.7 invalid sender',
      'administrative prohibition',
      'batv failed to verify',
      'batv validation failure',
      'backscatter protection detected an invalid or expired email address',
      'bogus mail from',
      'denied by secumail valid-address-filter',
      'domain of sender address',
      'email address is on senderfilterconfig list',
      'emetteur invalide',
      'empty email address',
      'empty envelope senders not allowed',
      'from: domain is invalid. please provide a valid from:',
      'fully qualified email address required',
      'invalid domain, see <url:',
      'invalid sender',
      'is not a registered gateway user',
      'mail from not owned by user',
      'null sender is not allowed',
      'returned mail not accepted here',
      'rfc 1035 violation: recursive cname records for',
      'rule imposed mailbox access for',
      'sender address rejected',
      'sender email address rejected',
      'sender is spammer',
      'sender not pre-approved',
      'sender rejected',
      'sender domain is empty',
      'sender verify failed',
      'server does not accept mail from',
      'smtp from/reply-to address is not valid',
      'syntax error: empty email address',
      'the message has been rejected by batv defense',
      'this server does not accept mail from',
      'transaction failed unsigned dsn for',
      'unroutable sender address',
      'you are not allowed to post to this mailing list',
      'you are sending to/from an address that has not been verified',
      'your access to submit messages to this e-mail system has been rejected',
      'your email address has been blacklisted',
      // Sender ID (RFC 4406) refusals: no Purported Responsible Address could be found
      "can't determine purported responsible address",
      // Postfix/Exim: sender domain checks
      'sender domain must exist',
      'sender domain not found',
      // Sisimai Reason/Rejected.pm index: sender refusals (blacklisted or unverified sender, sender domain without MX, BATV, McAfee, SendGrid)
      'access denied (in reply to mail from command)',
      'access denied (sender blacklisted)',
      'address rejected',
      "because the sender isn't on the recipient's list of senders to accept mail from",
      'connections not accepted from servers without a valid sender domain',
      'denied [bouncedeny]',
      'delivery not authorized, message refused',
      'does not exist e2110',
      'envelope blocked - ',
      'error: no third-party dsns',
      'message rejected: email address is not verified',
      'mx records for ',
      'recipient addresses rejected : access denied',
      'recipient not accepted. (batv: no tag',
      'sending this from a different address or alias using the ',
      'sender address has been blacklisted',
      'sender is in my black list',
      'spam reporting address',
      'you are sending to/from an address that has been blacklisted',
      // A blacklisted sender address in other words than Sisimai Reason/Rejected.pm's "sender address has been blacklisted"
      'sender address is blacklisted',
      'sender address blacklisted',
      'sender is blacklisted',
      'sender blacklisted',
      'sender address is blocklisted',
      'sender is blocklisted',
      'sender address is on a blacklist',
      'sender address is on a blocklist',
      'sender is on a blacklist',
      'from address is blacklisted',
      'sender email address is blacklisted',
    ],
    ordered: [
      ['after end of data: 553 5.1.0 ', ' does not exist'],
      ['after mail from:', ' does not exist'],
      ['e-mail address ', ' is not on senders list'],
      ['email ', ' has been blacklisted'],
      ['sender ', ' rejected'],
    ],
    // Sisimai Reason/Rejected.pm isnot: these refuse a recipient or the client's IP, not the sender
    excluded: ['5.1.0 address rejected', 'recipient address rejected', 'sender ip address rejected'],
  },
  // Sisimai reason/rejected behaviour: a sender-status code (X.1.7, X.1.8) decides; the words
  // decide at MAIL FROM, after DATA unless the code says the recipient is unknown, or when the
  // code says nothing more precise than "security" or "system".
  decide: (facts) => {
    if (facts.statusReason === 'rejected') return facts.status;
    const said = facts.diagnosis;
    if (facts.command === 'MAIL') return matchPhrase(said, rejected.phrases) || matchPhrase(said, mailFromPhrases);
    if (facts.command === 'DATA') return facts.statusReason === 'userunknown' ? '' : matchPhrase(said, rejected.phrases);
    const vague = facts.statusReason === undefined || facts.statusReason === 'onhold' || facts.statusReason === 'securityerror' || facts.statusReason === 'systemerror';
    return vague ? matchPhrase(said, rejected.phrases) : '';
  },
};
