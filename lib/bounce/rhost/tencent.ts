import { matchByReason, type PhrasesByReason, type Rhost } from './types';

/**
 * Tencent QQ Mail replies (QQ Mail postmaster help pages, service.mail.qq.com/detail/122/*;
 * Sisimai Rhost/Tencent.pm, whose "spandetected" group is our spamdetected).
 */
const tencentReplies: PhrasesByReason = [
  ['authfailure', ['spf check failed', 'dmarc check failed']],
  ['ratelimited', [
    'ip frequency limited',
    'domain frequency limited',
    'sender frequency limited',
    'connection frequency limited',
    'mailbox receiving frequency is limited',
    // detail/122/166, spelled as the reply spells it
    'mailbox unavailable or access denined',
  ]],
  ['blocked', ['suspected bounce attacks', 'suspected spam ip', 'connection denied']],
  ['spamdetected', ['spam is embedded in the email', 'mail content denied']],
  ['mailboxfull', ['mailbox is full']],
  ['emailtoolarge', ['message too large']],
  ['suspend', ['is a deactivated mailbox']],
  ['syntaxerror', ['bad address syntax']],
  ['userunknown', ['mailbox not found', 'mailbox unavailable']],
  ['rejected', ['suspected spam', 'mail is rejected by recipients']],
];

export const tencent: Rhost = {
  id: 'tencent',
  hosts: ['.qq.com'],
  domains: ['qq.com'],
  decide: (facts) => matchByReason(facts.diagnosis, tencentReplies),
};
