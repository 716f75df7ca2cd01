import { matchByReason, type PhrasesByReason, type Rhost } from './types';

/**
 * Gmail and Google Workspace MX replies (Google's "SMTP errors and codes" page, support
 * answer 3726730; Sisimai rhost/google behaviour). Google words each cause distinctly, so the
 * text decides; the status code alone is often a vague 5.7.1.
 */
const googleReplies: PhrasesByReason = [
  ['authfailure', [
    'has an spf record with a hard fail policy',
    'this message does not have authentication information',
    'does not pass authentication checks',
    "is not accepted due to domain's dmarc policy",
    'unauthenticated email from',
  ]],
  ['badreputation', ['likely suspicious due to the very low reputation', 'due to the very low reputation of the sending']],
  ['blocked', [
    'ip not in whitelist for rcpt domain',
    'unusual rate of unsolicited mail originating from your ip address',
    'the ip you\'re using to send mail is not authorized to send email directly to our servers',
    'helo/ehlo argument is invalid',
  ]],
  ['requireptr', ['does not have a ptr record setup', 'ip address sending this message does not have a ptr record']],
  ['notcompliantrfc', ['this message is not rfc 5322 compliant', 'missing a valid address in the from: header', 'messages with multiple addresses in from: header']],
  ['mailboxfull', ['email account that you tried to reach is over quota', 'inbox is out of storage space', 'email quota exceeded']],
  ['emailtoolarge', ["exceeded google's message size limits", 'message exceeded the maximum size']],
  ['suspend', ['email account that you tried to reach is disabled', 'account that you tried to reach is inactive']],
  ['userunknown', ['email account that you tried to reach does not exist', 'recipient address is not a valid']],
  ['ratelimited', [
    'receiving mail too quickly',
    'receiving mail at a rate that prevents additional messages',
    'relay limit exceeded',
    'unusual rate of mail originating from your spf domain',
    'your message has too many recipients',
  ]],
  ['policyviolation', ['illegal attachment on your message', 'has a policy that prohibited the mail', 'a problem was detected with an attachment']],
  ['spamdetected', ['this message is likely unsolicited mail', 'suspicious due to the nature of the content']],
  ['securityerror', ['tls required for rcpt domain', 'must issue a starttls command first', 'application-specific password required', 'username and password not accepted']],
  ['contenterror', ['message exceeded 50 hops', 'mail message is malformed']],
  ['systemerror', ['temporary system problem', 'mail server temporarily rejected message']],
];

export const google: Rhost = {
  id: 'google',
  hosts: ['aspmx.l.google.com', 'gmail-smtp-in.l.google.com', '.google.com', '.googlemail.com'],
  domains: [],
  decide: (facts) => matchByReason(facts.diagnosis, googleReplies),
};
