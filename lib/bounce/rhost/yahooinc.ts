import { matchByReason, type PhrasesByReason, type Rhost } from './types';

/** Yahoo Inc. (Yahoo, AOL) replies and their [TSnn] codes (Yahoo sender hub error codes; Sisimai rhost/yahooinc behaviour). */
const yahooReplies: PhrasesByReason = [
  ['badreputation', ['[tss04]', 'temporarily deferred due to unexpected volume or user complaints']],
  ['blocked', ['[tss09]', '[tss11]', '[tss12]', 'permanently deferred']],
  ['ratelimited', ['[ts01]', '[ts02]', '[ts03]']],
  ['policyviolation', ['message not accepted for policy reasons']],
  ['userunknown', ["doesn't have a yahoo.com account", "doesn't have a aol.com account", 'mailbox not found', 'user unknown']],
  ['mailboxfull', ['mailbox is full', 'over quota']],
  ['suspend', ['user account is disabled', 'mailbox is disabled']],
];

export const yahooinc: Rhost = {
  id: 'yahooinc',
  hosts: ['.yahoodns.net', '.yahoo.com', '.aol.com'],
  domains: [],
  decide: (facts) => matchByReason(facts.diagnosis, yahooReplies),
};
