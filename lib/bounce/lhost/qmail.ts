/**
 * qmail and its descendants (netqmail, notqmail, indimail). Plain-text bounces with no
 * delivery-status part: "Hi. This is the qmail-send program at ...", then each address as
 * "<user@example.jp>:" followed by the remote server's words, then "--- Below this line is a
 * copy of the message." The generic reader finds nothing here. qmail's own texts also name the
 * cause when no remote server answered (no MX, no host, queue timeout).
 */
import { emptyFact, type DecodedMail, type RawFact } from '../fact';
import type { ParsedMail } from '../mail';
import { commandOfWord } from '../smtp';
import { matchByReason, type PhrasesByReason } from '../message-table';
import { ADDRESS_PATTERN, containsAny, findAddress, splitLines, squeeze } from '../text';
import type { Lhost } from './types';

/** Sentences qmail-send and its clones open the report with (qmail-send.c and clones' templates). */
const reportOpeners = [
  'hi. this is the qmail',
  'this is qmail-send at',
  'unable to deliver your message to the following addresses',
  'sorry, we were unable to deliver your message to the following address',
  'this is the machine-generated message from mail service',
  'unable to deliver message to the following address',
  'was not delivered to the following recipient',
  'su mensaje no pudo ser entregado',
];

/** Lines after which the original follows (qmail-send.c and clones). */
export const qmailOriginalMarkers = [
  '--- Below this line is a copy of the message.',
  '--- Below this line is a copy of the mail header.',
  '--- Below the next line is a copy of the message.',
  '--- Below this line is the original bounce.',
  '--- Enclosed is a copy of the message.',
  '--- Mensaje original adjunto.',
  'Original message follows.',
];

/**
 * qmail-ldap's local delivery errors (qmail-ldap-1.03 patch, qmail-lspawn/qmail-local; Sisimai
 * lhost/qmail "failonldap"). The patch spells "administrativly"; later builds fixed the spelling.
 */
const qmailLdapMessages: PhrasesByReason = [
  ['suspend', ['mailaddress is administrativly disabled', 'mailaddress is administratively disabled']],
  ['emailtoolarge', ['the message exeeded the maximum size the user accepts']],
  [
    'systemerror',
    [
      'automatic homedir creator crashed',
      'illegal value in ldap attribute',
      'ldap attribute is not given but mandatory',
      'timeout while performing search on ldap server',
      'too many results returned but needs to be unique',
      'permanent error while executing qmail-forward',
      'temporary error in automatic homedir creation',
      'temporary error while executing qmail-forward',
      'temporary failure in ldap lookup',
      'unable to contact ldap server',
      'unable to login into ldap server, bad credentials',
    ],
  ],
];

/**
 * qmail's own texts for failures no remote server spoke about, and what they mean (qmail-remote.c,
 * qmail-send.c, error_str.c; Sisimai lhost/qmail behaviour). Order matters: the queue-timeout
 * sentence is appended to other errors, so it is checked last.
 */
const qmailMessages: PhrasesByReason = [
  ['hostunknown', ["sorry, i couldn't find any host "]],
  ['notaccept', ["sorry, i couldn't find a mail exchanger or ip address"]],
  ['networkerror', ["sorry, i wasn't able to establish an smtp connection", "although i'm listed as a best-preference mx or a for that host"]],
  ['userunknown', ['no mailbox here by that name']],
  ['mailboxfull', ['disk quota exceeded', 'mailbox is full']],
  // qmail-smtpd.c / qmail-qmtpd.c databytes limit, and the size refusal clones print.
  ['emailtoolarge', ['message size exceeds fixed maximum message size', 'that message size exceeds my databytes limit']],
  ['systemfull', ['requested action not taken: mailbox unavailable (not enough free space)']],
  ...qmailLdapMessages,
  ['systemerror', ['bad interpreter: no such file or directory', 'system error', 'unable to']],
  ['expired', ['this message has been in the queue too long']],
];

/** The SMTP stage qmail-remote names ("does not like recipient", "but my name was rejected", ...). */
const qmailStages: readonly (readonly [string, string])[] = [
  ["wasn't able to establish an smtp connection", 'CONN'],
  // qmail-remote.c: quit("ZConnected to ", " but greeting failed")
  ['but greeting failed', 'CONN'],
  ['but my name was rejected', 'EHLO'],
  ['but sender was rejected', 'MAIL'],
  ['does not like recipient', 'RCPT'],
  ['but recipient was rejected', 'RCPT'],
  ['failed on data command', 'DATA'],
  ['failed after i sent the message', 'DATA'],
];

/** qmail-send's "<address>:" line that opens each recipient's block (quoted local parts too). */
const blockOpener = new RegExp(String.raw`^<(${ADDRESS_PATTERN})>:?\s*$`);
const blockOpenerLine = new RegExp(String.raw`^<${ADDRESS_PATTERN}>:\s*$`, 'm');

function isQmail(mail: ParsedMail): boolean {
  // The opener alone is shared with other gateways; qmail's "<address>:" lines are its own.
  // (Those lines first: a line-start search for "<" is cheaper than the openers' alternation.)
  return blockOpenerLine.test(mail.body) && containsAny(mail.head, reportOpeners);
}

function cutOriginal(body: string): { report: string; original: string } {
  let end = body.length;
  for (const marker of qmailOriginalMarkers) {
    const at = body.indexOf(marker);
    if (at >= 0 && at < end) end = at;
  }
  return { report: body.slice(0, end), original: end < body.length ? body.slice(body.indexOf('\n', end) + 1) : '' };
}

/** Reads qmail's "<address>:" blocks; each runs until the next address line or an empty line after text. */
function readBlocks(report: string): { recipient: string; text: string }[] {
  const blocks: { recipient: string; lines: string[] }[] = [];
  let current: { recipient: string; lines: string[] } | null = null;
  for (const line of splitLines(report)) {
    const opener = blockOpener.exec(line.trim());
    if (opener?.[1]) {
      current = { recipient: findAddress(opener[1]), lines: [] };
      blocks.push(current);
      continue;
    }
    if (!current) continue;
    if (line.trim() === '') {
      if (current.lines.length > 0) current = null;
      continue;
    }
    current.lines.push(line.trim());
  }
  return blocks.map((b) => ({ recipient: b.recipient, text: squeeze(b.lines.join(' ')) }));
}

export const qmail: Lhost = {
  id: 'qmail',
  detect: isQmail,
  extract(mail): DecodedMail | undefined {
    const { report, original } = cutOriginal(mail.body);
    const facts: RawFact[] = [];
    for (const block of readBlocks(report)) {
      if (!block.recipient) continue;
      const fact = emptyFact(block.recipient);
      // qmail-send writes a bounce only when it has given up (it sends no delay warnings), so
      // even a queue timeout after 4xx replies is a final failure.
      fact.action = 'failed';
      fact.diagnosticCode = block.text;
      const lower = block.text.toLowerCase();
      // qmail-remote-fallback patch: "no SMTP connection got far enough; most progress was RCPT TO."
      // (or MAIL, DATA, ...): the furthest command any of the hosts reached.
      const progress = /most progress was ([a-z]{4})/.exec(lower)?.[1];
      fact.command = qmailStages.find(([phrase]) => lower.includes(phrase))?.[1] ?? (progress ? commandOfWord(progress) : '');
      const host = /(?:remote host |^)(\d{1,3}(?:\.\d{1,3}){3}) (?:said|does not like|failed)/i.exec(block.text) ?? /connected to (\d{1,3}(?:\.\d{1,3}){3})/i.exec(block.text);
      if (host?.[1]) fact.remoteMta = host[1];
      // qmail-remote's stage words decide for a refusal before the recipient was named.
      if (fact.command === 'EHLO') {
        fact.reason = 'blocked';
        fact.reasonMatched = 'but my name was rejected';
      } else if (fact.command === 'MAIL') {
        fact.reason = 'rejected';
        fact.reasonMatched = 'but sender was rejected';
      } else {
        const known = matchByReason(lower, qmailMessages);
        if (known) {
          fact.reason = known.reason;
          fact.reasonMatched = known.matched;
        }
      }
      facts.push(fact);
    }
    return facts.length > 0 ? { facts, ...(original ? { inlineOriginal: original } : {}) } : undefined;
  },
};
