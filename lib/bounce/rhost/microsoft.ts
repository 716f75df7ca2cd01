import type { ReasonId } from '../reasons/taxonomy';
import { containsAny } from '../text';
import { matchByReason, type PhrasesByReason, type Rhost, type RhostFacts, type RhostVerdict } from './types';

/**
 * Exchange Online and Outlook.com replies: reason, status code, detail range, words (Microsoft's
 * "Email non-delivery reports and SMTP errors in Exchange Online"; Sisimai Rhost/Microsoft.pm).
 * An entry with range 0–0 needs exactly its status code; one with a range needs a status code
 * that starts with its prefix and whose last number is in the range. Its words must occur too.
 * Left out: Sisimai's 5.4.310 "DNS domain ... does not exist" as norelaying (a domain without
 * DNS is hostunknown, below; docs/classifier.md known disagreements).
 */
const microsoftReplies: readonly (readonly [ReasonId, string, number, number, string])[] = [
  ['authfailure', '4.7.26', 0, 0, 'must pass either spf or dkim validation, this message is not signed'],
  ['authfailure', '4.7.323', 0, 0, 'tlsa-invalid: the domain failed dane validation'],
  ['authfailure', '5.7.323', 0, 0, 'tlsa-invalid: the domain failed dane validation'],
  ['authfailure', '4.7.324', 0, 0, 'dnssec-invalid: destination domain returned invalid dnssec records'],
  ['authfailure', '5.7.324', 0, 0, 'dnssec-invalid: destination domain returned invalid dnssec records'],
  ['authfailure', '4.7.325', 0, 0, 'certificate-host-mismatch: remote certificate must have a common name or subject alternative name matching the hostname (dane)'],
  ['authfailure', '5.7.325', 0, 0, 'certificate-host-mismatch: remote certificate must have a common name or subject alternative name matching the hostname (dane)'],
  ['authfailure', '5.7.23', 0, 0, 'the message was rejected because of sender policy framework violation'],
  ['authfailure', '5.7.322', 0, 0, "certificate-expired: destination mail server's certificate is expired"],
  ['authfailure', '5.7.509', 0, 0, 'does not pass dmarc verification'],
  ['badreputation', '4.7.650', 0, 0, 'has been temporarily rate limited due to ip reputation'],
  ['blocked', '4.4.2', 0, 0, 'connection dropped'],
  ['blocked', '4.7.', 850, 899, 'access denied, please try again later'],
  ['blocked', '5.7.25', 0, 0, 'must have a reverse dns record'],
  ['blocked', '5.7.506', 0, 0, 'access denied, bad helo'],
  ['blocked', '5.7.507', 0, 0, 'access denied, rejected by recipient'],
  ['blocked', '5.7.510', 0, 0, 'does not accept email over ipv6'],
  ['blocked', '5.7.511', 0, 0, 'access denied, banned sender'],
  ['blocked', '5.7.513', 0, 0, 'using customer block list'],
  ['blocked', '5.7.', 606, 649, 'access denied, banned sending ip '],
  ['blocked', '4.7.', 500, 699, 'access denied, please try again later'],
  ['blocked', '5.5.4', 0, 0, 'invalid domain name'],
  ['blocked', '5.7.51', 0, 0, 'restrictdomainstoipaddresses or restrictdomainstocertificate'],
  ['blocked', '5.7.1', 0, 0, 'part of their network is on our block list (s3150)'],
  ['contenterror', '5.3.0', 0, 0, 'too many related errors'],
  ['contenterror', '5.6.11', 0, 0, 'invalid characters'],
  ['contenterror', '5.4.11', 0, 0, 'agent generated message depth exceeded'],
  ['contenterror', '5.5.6', 0, 0, 'invalid message content'],
  ['emailtoolarge', '5.2.3', 0, 0, 'resolver.rst.recipsizelimit; message too large for this recipient'],
  ['expired', '4.4.1', 0, 0, 'connection timed out'],
  ['expired', '4.4.7', 0, 0, 'message delayed'],
  ['expired', '4.4.7', 0, 0, 'queue expired; message expired'],
  ['expired', '4.4.7', 0, 0, 'message expired'],
  ['expired', '5.4.300', 0, 0, 'message expired'],
  ['mailboxfull', '5.2.2', 0, 0, 'mailbox full'],
  ['emailtoolarge', '5.3.4', 0, 0, 'message size exceeds fixed maximum message size'],
  ['emailtoolarge', '5.3.4', 0, 0, 'message too big for system'],
  ['networkerror', '5.4.4', 0, 0, 'smtpsend.dns.nonexistentdomain; nonexistent domain'],
  ['networkerror', '5.4.6', 0, 0, 'hop count exceeded - possible mail loop'],
  ['networkerror', '4.4.316', 0, 0, 'connection refused'],
  ['networkerror', '5.4.4', 0, 0, 'invalid arguments'],
  ['networkerror', '5.4.6', 0, 0, 'routing loop detected'],
  ['networkerror', '5.4.14', 0, 0, 'routing loop detected'],
  ['norelaying', '5.7.1', 0, 0, 'unable to relay'],
  ['norelaying', '5.7.1', 0, 0, 'client was not authenticated'],
  ['norelaying', '5.4.1', 0, 0, 'relay access denied'],
  ['norelaying', '5.7.64', 0, 0, 'tenantattribution; relay access denied'],
  ['notaccept', '4.3.2', 0, 0, 'system not accepting network messages'],
  ['notaccept', '4.4.4', 0, 0, 'hosted tenant which has no mail-enabled subscriptions'],
  ['notaccept', '5.3.2', 0, 0, 'storedrv.deliver: missing or bad storedriver mdb properties'],
  ['policyviolation', '5.0.350', 0, 0, 'x-dg-ref header is too long'],
  ['policyviolation', '5.0.350', 0, 0, 'requested action not taken: policy violation detected (as345)'],
  ['policyviolation', '5.7.', 900, 999, 'delivery not authorized, message refused'],
  ['rejected', '5.1.7', 0, 0, 'invalid address'],
  ['rejected', '5.1.7', 0, 0, 'unknown sender address'],
  ['rejected', '5.1.0', 0, 0, 'sender denied'],
  ['rejected', '5.1.8', 0, 0, 'access denied, bad outbound sender'],
  ['rejected', '5.7.1', 0, 0, 'delivery not authorized'],
  ['rejected', '5.7.12', 0, 0, 'sender was not authenticated by organization'],
  ['rejected', '5.7.124', 0, 0, 'sender not in allowed-senders list'],
  ['rejected', '5.7.133', 0, 0, 'sender not authenticated for group'],
  ['rejected', '5.7.134', 0, 0, 'sender was not authenticated for mailbox'],
  ['rejected', '5.7.13', 0, 0, 'sender was not authenticated for public folder'],
  ['rejected', '5.7.135', 0, 0, 'sender was not authenticated for public folder'],
  ['rejected', '5.7.136', 0, 0, 'sender was not authenticated'],
  ['rejected', '5.7.', 501, 503, 'access denied, spam abuse detected'],
  ['rejected', '5.7.512', 0, 0, 'access denied, message must be rfc 5322 section 3.6.2 compliant'],
  ['rejected', '5.7.750', 0, 0, 'service unavailable. client blocked from sending from unregistered domains'],
  ['rejected', '5.7.', 501, 503, 'access denied, banned sender'],
  ['securityerror', '5.7.3', 0, 0, 'cannot achieve exchange server authentication'],
  ['securityerror', '5.7.3', 0, 0, 'not authorized'],
  ['securityerror', '4.4.317', 0, 0, 'starttls is required to send mail'],
  ['securityerror', '5.4.317', 0, 0, 'starttls is required to send mail'],
  ['securityerror', '4.7.321', 0, 0, 'starttls-not-supported: destination mail server must support tls to receive mail'],
  ['securityerror', '5.7.321', 0, 0, 'starttls-not-supported: destination mail server must support tls to receive mail'],
  ['securityerror', '5.7.1', 0, 0, 'client was not authenticated'],
  ['securityerror', '5.7.57', 0, 0, 'client was not authenticated to send anonymous mail during mail from'],
  ['spamdetected', '5.2.1', 0, 0, 'content filter agent quarantined this message'],
  ['ratelimited', '4.3.2', 0, 0, 'storedrv.deliver; recipient thread limit exceeded'],
  ['ratelimited', '5.1.90', 0, 0, "your message can't be sent because you've reached your daily limit for message recipients"],
  ['ratelimited', '5.2.2', 0, 0, 'submission quota exceeded'],
  ['ratelimited', '5.2.121', 0, 0, "recipient's per hour message receive limit from specific sender exceeded"],
  ['ratelimited', '5.2.122', 0, 0, "recipient's per hour message receive limit exceeded"],
  ['ratelimited', '5.7.508', 0, 0, 'has exceeded permitted limits within'],
  ['ratelimited', '5.7.', 700, 749, 'access denied, tenant has exceeded threshold'],
  ['ratelimited', '5.7.', 700, 749, 'access denied, traffic not accepted from this ip'],
  ['suspend', '5.7.504', 0, 0, 'recipient address rejected: access denied'],
  ['suspend', '5.7.505', 0, 0, 'access denied, banned recipient'],
  ['suspend', '5.2.1', 0, 0, 'mailbox cannot be accessed'],
  ['syntaxerror', '5.3.3', 0, 0, 'unrecognized command'],
  ['syntaxerror', '5.5.2', 0, 0, 'send hello first'],
  ['systemerror', '4.3.2', 0, 0, 'service not available'],
  ['systemerror', '4.3.2', 0, 0, 'service not active'],
  ['systemerror', '5.3.5', 0, 0, 'system incorrectly configured'],
  ['systemerror', '5.3.190', 0, 0, 'journaling on-premises messages to microsoft 365 or office 365 not supported when journaling archive is disabled'],
  ['systemerror', '5.0.0', 0, 0, 'helo / ehlo requires domain address'],
  ['systemerror', '5.1.4', 0, 0, 'destination mailbox address ambiguous'],
  ['systemerror', '5.2.4', 0, 0, 'mailing list expansion problem'],
  ['systemerror', '5.2.14', 0, 0, 'misconfigured forwarding address'],
  ['systemerror', '4.4.3', 0, 0, 'temporary server error. please try again later attr18'],
  ['systemerror', '4.7.0', 0, 0, 'temporary server error. please try again later. prx4 nexthop:'],
  ['systemerror', '4.4.24', 0, 0, 'message failed to be replicated: insufficient system resource:'],
  ['systemerror', '4.4.25', 0, 0, 'message failed to be replicated: no healthy secondary server available to accept replica at this time.'],
  ['systemerror', '4.4.28', 0, 0, 'message failed to be replicated: the operation was canceled'],
  ['systemerror', '4.4.318', 0, 0, '(suspiciousremoteservererror)'],
  ['systemerror', '5.4.318', 0, 0, '(suspiciousremoteservererror)'],
  ['systemerror', '4.7.500', 0, 0, 'server busy. please try again later from '],
  ['systemerror', '4.7.700', 0, 0, 'pfa agent busy, please try again.'],
  ['systemfull', '4.3.1', 0, 0, 'insufficient system resources'],
  ['ratelimited', '5.5.3', 0, 0, 'too many recipients'],
  ['ratelimited', '4.5.3', 0, 0, 'too many recipients'],
  ['ratelimited', '5.2.122', 0, 0, 'the recipient has exceeded their limit for'],
  ['userunknown', '5.1.1', 0, 0, 'resolver.adr.exrecipnotfound; not found'],
  ['userunknown', '5.1.1', 0, 0, 'user unknown'],
  ['userunknown', '5.1.3', 0, 0, 'storedrv.submit; invalid recipient address'],
  ['userunknown', '5.1.', 4, 5, 'recipient address reserved by rfc 2606'],
  ['userunknown', '5.1.6', 0, 0, 'recipient addresses in single label domains not accepted'],
  ['userunknown', '5.1.1', 0, 0, 'bad destination mailbox address'],
  ['userunknown', '5.1.10', 0, 0, 'recipient not found'],
  ['userunknown', '5.4.1', 0, 0, 'recipient address rejected: access denied'],
  ['userunknown', '5.5.0', 0, 0, 'requested action not taken: mailbox unavailable'],
  ['userunknown', '5.1.2', 0, 0, 'invalid x.400 address'],
];

const microsoftWords = microsoftReplies.map(([, , , , words]) => words);

function byMicrosoftReply(status: string, diagnosis: string): RhostVerdict | undefined {
  if (!/^[245]\.\d{1,3}\.\d{1,3}$/.test(status) || !containsAny(diagnosis, microsoftWords)) return undefined;
  const detail = Number(status.slice(status.lastIndexOf('.') + 1));
  for (const [reason, code, from, to, words] of microsoftReplies) {
    if (from === to ? status !== code : !status.startsWith(code) || detail < from || detail > to) continue;
    if (diagnosis.includes(words)) return { reason, matched: words };
  }
  return undefined;
}

/**
 * Microsoft's own three-digit details (5.4.312, 5.7.509, ...) say more than RFC 3463 could, so
 * when no reply above matched, the code alone decides (the same NDR pages; also read by the
 * Exchange decoders, whose notices often carry the code without Microsoft's exact words).
 */
const exchangeCodes: Readonly<Record<string, ReasonId>> = {
  '4.4.7': 'expired',
  '4.4.312': 'networkerror',
  '4.4.316': 'expired',
  '4.7.650': 'badreputation',
  '5.1.8': 'rejected', // bad outbound sender
  '5.1.10': 'userunknown', // RESOLVER.ADR.RecipientNotFound
  '5.2.2': 'mailboxfull',
  '5.2.3': 'emailtoolarge',
  '5.4.6': 'networkerror', // routing loop
  '5.4.14': 'networkerror',
  '5.4.310': 'hostunknown', // DNS domain does not exist
  '5.4.312': 'networkerror', // DNS query failed
  '5.4.316': 'expired', // message expired, connection refused
  '5.6.11': 'contenterror',
  '5.7.23': 'authfailure',
  '5.7.25': 'requireptr',
  '5.7.501': 'rejected', // access denied, spam abuse detected (the sending account)
  '5.7.502': 'rejected',
  '5.7.503': 'rejected',
  '5.7.506': 'blocked', // bad HELO
  '5.7.507': 'blocked',
  '5.7.508': 'ratelimited', // exceeded permitted limits
  '5.7.509': 'authfailure', // DMARC
  '5.7.510': 'blocked', // does not accept email over IPv6
  '5.7.511': 'blocked', // banned sender
};

/** Ranges Microsoft reserves for block-list rejections of the sending IP. */
function blockListCode(status: string): boolean {
  const match = /^[45]\.7\.(\d{3})$/.exec(status);
  const detail = Number(match?.[1] ?? '0');
  return (detail >= 606 && detail <= 649) || (detail >= 700 && detail <= 750) || (status.startsWith('4.') && detail >= 500 && detail <= 699 && detail !== 650);
}

/** Microsoft wordings that decide whatever the code (the same texts come with several codes). */
const microsoftWordings: PhrasesByReason = [
  ['userunknown', ['recipient address rejected: access denied', 'resolver.adr.recipientnotfound', 'resolver.adr.recipnotfound']],
  ['badreputation', ['temporarily rate limited due to ip reputation']],
  ['blocked', ['banned sending ip', 'part of their network is on our block list']],
  ['authfailure', ['does not pass dmarc verification']],
];

/** The Exchange/Outlook verdict for a fact, shared by the Microsoft rhost and the Exchange decoders. */
export function decideMicrosoft(facts: Pick<RhostFacts, 'status' | 'diagnosis'>): RhostVerdict | undefined {
  const byReply = byMicrosoftReply(facts.status, facts.diagnosis);
  if (byReply) return byReply;
  const byCode = exchangeCodes[facts.status];
  if (byCode) return { reason: byCode, matched: facts.status };
  if (blockListCode(facts.status)) return { reason: 'blocked', matched: facts.status };
  return matchByReason(facts.diagnosis, microsoftWordings);
}

export const microsoft: Rhost = {
  id: 'microsoft',
  hosts: ['.prod.outlook.com', '.protection.outlook.com', '.outlook.com', '.hotmail.com'],
  // Sisimai Rhost.pm also picks a provider when the recipient's domain is part of one of its host names
  domains: ['outlook.com'],
  decide: decideMicrosoft,
};
