import { matchPhrase } from '../text';
import type { ReasonRule } from './types';

/** The recipient's mailbox is over its quota. */
export const mailboxfull: ReasonRule = {
  id: 'mailboxfull',
  phrases: {
    phrases: [
      // Sisimai reason/mailboxfull phrase index: quota wordings of common MTAs and MDAs
      'account disabled temporarly for exceeding receiving limits',
      'account is exceeding their quota',
      'account is over quota',
      'account is temporarily over quota',
      'delivery failed: over quota',
      'disc quota exceeded',
      'disk quota exceeded',
      'diskspace quota',
      'does not have enough space',
      'exceeded storage allocation',
      'exceeding its mailbox quota',
      'full mailbox',
      'is over disk quota',
      'is over quota temporarily',
      'mail file size exceeds the maximum size allowed for mail delivery',
      'mail quota exceeded',
      'mailbox exceeded the local limit',
      'mailbox full',
      'mailbox is full',
      'mailbox over quota',
      'mailbox size limit exceeded',
      'mailbox would exceed maximum allowed storage',
      'mailfolder is full',
      'no space left on device',
      'not enough disk space',
      'not enough storage space in',
      'not sufficient disk space',
      'over the allowed quota',
      'quota exceeded',
      'quota violation for',
      'recipient reached disk quota',
      'the recipient mailbox has exceeded its disk space limit',
      "the user's space has been used up",
      'the user you are trying to reach is over quota',
      'user has exceeded quota, bouncing mail',
      'user has too many messages on the server',
      'user is over quota',
      'user is over the quota',
      'user over quota',
      'was automatically rejected: quota exceeded',
      'would be over the allowed quota',
      // Microsoft Exchange store driver (NDR 5.2.2 "STOREDRV.Deliver: mailbox full")
      'storedrv.deliver: mailbox full',
      // French ISPs (Orange, Free): "boîte du destinataire pleine"
      'boite du destinataire pleine',
      // docomo's reply for a full mailbox (anchors.md §4): "552 Too much mail data"
      'too much mail data',
      // MDaemon's session reply "552 Message for <x> would exceed mailbox quota"
      'would exceed mailbox quota',
      // Google: "the recipient's inbox is out of storage space"
      'inbox is out of storage space',
      // Sisimai Reason/MailboxFull.pm index: disk-space and maildir quota wordings
      '452 insufficient disk space',
      'mailbox has exceeded its disk space limit',
      'maildir over quota',
      'maildir delivery failed: userdisk quota ',
      'maildir delivery failed: domaindisk quota ',
    ],
    ordered: [
      // Sisimai reason/mailboxfull pairs: quota phrases with a variable middle
      ['mailbox ', 'exceeded the local limit'],
      ['mailbox ', ' is over quota'],
      ['mailbox ', 'is full'],
      ['quota ', 'exceeded'],
      ['user ', ' over quota'],
      ['number of messages in ', 'exceeded'],
    ],
  },
  // Sisimai Reason/MailboxFull.pm true(): only a fact with a status code is tested here (the
  // words alone are read again in the second pass); a "mailbox full" code decides.
  decide: (facts) => {
    if (!facts.status) return '';
    if (facts.statusReason === 'mailboxfull') return facts.status;
    return matchPhrase(facts.diagnosis, mailboxfull.phrases);
  },
};
