import { matchByReason, type PhrasesByReason, type Rhost } from './types';

/** Tencent QQ Mail replies (QQ Mail postmaster help pages; Sisimai rhost/tencent behaviour). */
const tencentReplies: PhrasesByReason = [
  ['authfailure', ['spf check failed', 'dmarc check failed']],
  ['ratelimited', ['ip frequency limited', 'domain frequency limited', 'sender frequency limited', 'connection frequency limited', 'mailbox receiving frequency is limited']],
  ['blocked', ['suspected bounce attacks', 'suspected spam ip', 'connection denied']],
  ['spamdetected', ['spam is embedded in the email', 'mail content denied']],
  ['mailboxfull', ['mailbox is full']],
  ['emailtoolarge', ['message too large']],
  ['suspend', ['is a deactivated mailbox']],
  ['userunknown', ['mailbox not found', 'mailbox unavailable']],
  ['rejected', ['mail is rejected by recipients']],
];

export const tencent: Rhost = {
  id: 'tencent',
  hosts: ['.qq.com'],
  domains: ['qq.com'],
  decide: (facts) => matchByReason(facts.diagnosis, tencentReplies),
};
