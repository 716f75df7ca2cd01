import { matchByReason, type PhrasesByReason, type Rhost } from './types';

/**
 * Yahoo Inc. (Yahoo, AOL) replies. Sisimai Rhost/YahooInc.pm's wordings come first, so that
 * where a Yahoo reply holds both its words and one of the [TSnn] codes of Yahoo's sender hub
 * ("Yahoo SMTP error codes") the words decide, as they do for Sisimai.
 */
const yahooReplies: PhrasesByReason = [
  // Sisimai Rhost/YahooInc.pm
  ['authfailure', ['yahoo requires all senders to authenticate with either spf or dkim']],
  ['blocked', [" because the ip is in spamhaus's list;", 'not accepted from ip addresses on spamhaus xbl']],
  ['norelaying', ['relaying denied for ']],
  ['notcompliantrfc', ['headers are not rfc compliant']],
  ['policyviolation', ['not accepted for policy reasons']],
  ['rejected', ['temporarily deferred due to unexpected volume or user complaints', 'due to unresolvable rfc.5321 domain', ' will be permanently deferred']],
  ['ratelimited', ['user is receiving mail too quickly', 'max message per connection reached']],
  ['suspend', [' is no longer valid.', 'this mailbox is disabled']],
  ['syntaxerror', ['syntax error in parameters or arguments']],
  ['userunknown', ["dd this user doesn't have a ", 'mailbox not found']],
  // Yahoo sender hub codes and wordings
  ['badreputation', ['[tss04]']],
  ['blocked', ['[tss09]', '[tss11]', '[tss12]', 'permanently deferred']],
  ['ratelimited', ['[ts01]', '[ts02]', '[ts03]']],
  ['userunknown', ["doesn't have a yahoo.com account", "doesn't have a aol.com account", 'user unknown']],
  ['mailboxfull', ['mailbox is full', 'over quota']],
  ['suspend', ['user account is disabled', 'mailbox is disabled']],
];

export const yahooinc: Rhost = {
  id: 'yahooinc',
  hosts: ['.yahoodns.net', '.yahoo.com', '.aol.com'],
  domains: [],
  decide: (facts) => matchByReason(facts.diagnosis, yahooReplies),
};
