/**
 * Postfix. Its delivery-status part lacks the SMTP stage: the Diagnostic-Code says "550 User
 * unknown" without telling whether the server said it at RCPT TO or after DATA, which decides
 * between an unknown user and a content filter (anchors.md §4). The notification text says it
 * ("... (in reply to end of DATA command)"), so this decoder joins each DSN recipient with its
 * paragraph. It also reads Postfix notices without a usable DSN: text paragraphs only, the
 * postmaster "Transcript of session follows" form, and "Delivery report unavailable".
 */
import { emptyFact, type DecodedMail, type RawFact } from '../fact';
import type { ParsedMail } from '../mail';
import { commandOfWord, findCommand, findStatusCode } from '../smtp';
import { containsAny, findAddress, findAddresses, splitLines, squeeze } from '../text';
import { recipientParagraphs, remoteHostOf } from './paragraphs';
import { factsOfDeliveryStatus } from './rfc3464';
import type { Lhost } from './types';

/** Openers of Postfix's notification text (postfix bounce templates). */
const postfixOpeners = ['This is the mail system at host', 'This is the Postfix program at host', '--- Delivery report unavailable ---'];
const postfixSubjects = /^(?:undelivered mail returned to sender|delayed mail \(still being retried\)|postmaster copy: undelivered mail|undeliverable mail|successful mail delivery report|mail delivery status report|postfix smtp server: errors from)/i;

function isPostfix(mail: ParsedMail): boolean {
  if (containsAny(mail.body, postfixOpeners)) return true;
  if (/^postfix smtp server: errors from/i.test(mail.subject) && mail.body.includes('Transcript of session follows')) return true;
  if (mail.deliveryStatus.some((ds) => /^X-Postfix-/im.test(ds))) return true;
  return postfixSubjects.test(mail.subject) && (mail.headers.get('received') ?? []).some((r) => r.includes('(Postfix'));
}

/** Reads the postmaster "Transcript of session follows." form: In: lines are the client, Out: the server. */
function factFromTranscript(body: string): RawFact | undefined {
  const at = body.indexOf('Transcript of session follows');
  if (at < 0) return undefined;
  let recipient = '';
  let lastCommand = '';
  let reply = '';
  let previousReply = '';
  for (const line of splitLines(body.slice(at))) {
    const inbound = /^\s*In:\s/.exec(line);
    if (inbound) {
      const word = line.slice(inbound[0].length).trim();
      if (/^RCPT\s+TO:/i.test(word) && !recipient) recipient = findAddress(word);
      if (!reply) lastCommand = commandOfWord(word) || lastCommand;
      continue;
    }
    const outbound = /^\s*Out:\s+(\d{3})[ -](.*)$/.exec(line);
    if (!outbound?.[1] || reply) continue;
    if (/^[45]/.test(outbound[1])) reply = `${outbound[1]} ${outbound[2] ?? ''}`.trim();
    else previousReply = `${outbound[1]} ${outbound[2] ?? ''}`.trim();
  }
  if (!recipient || !reply) return undefined;
  const fact = emptyFact(recipient);
  fact.diagnosticCode = lastCommand === 'DATA' && previousReply.startsWith('354') ? `${previousReply} ${reply}` : reply;
  fact.command = lastCommand;
  return fact;
}

/**
 * Postfix's own delivery texts and the status it writes with them (its DSN has the code, the
 * rendered paragraph does not): local(8) and virtual(8) "unknown user: \"x\"" and smtpd's
 * "User unknown in local recipient table" / "in virtual alias|mailbox table" are 5.1.1, local(8)'s
 * "mail forwarding loop for x" 5.4.6 (Postfix source: local/unknown.c, smtpd/smtpd_check.c,
 * local/recipient.c).
 */
const postfixOwnTexts: readonly (readonly [string, string])[] = [
  ['unknown user: "', '5.1.1'],
  ['user unknown in local recipient table', '5.1.1'],
  ['user unknown in virtual alias table', '5.1.1'],
  ['user unknown in virtual mailbox table', '5.1.1'],
  ['mail forwarding loop for ', '5.4.6'],
];

function statusOfPostfixText(said: string): string {
  const lower = said.toLowerCase();
  return postfixOwnTexts.find(([text]) => lower.includes(text))?.[1] ?? '';
}

export const postfix: Lhost = {
  id: 'postfix',
  detect: isPostfix,
  extract(mail): DecodedMail | undefined {
    const paragraphs = new Map(recipientParagraphs(mail.body).map((p) => [p.recipient, p.text]));
    const delayed = /^delayed mail/i.test(mail.subject);
    let facts = factsOfDeliveryStatus(mail);
    if (facts.length === 0) {
      facts = [...paragraphs.keys()].map((recipient) => {
        const fact = emptyFact(recipient);
        fact.action = delayed ? 'delayed' : 'failed';
        return fact;
      });
    }
    for (const fact of facts) {
      // Postfix types every remote reply "X-Postfix" in its DSN; it is an SMTP reply all the same
      // (Sisimai Lhost/Postfix.pm reads X-POSTFIX as SMTP), so the first reason pass applies.
      if (fact.diagnosticType === 'X-POSTFIX') fact.diagnosticType = 'SMTP';
      if (/refused to talk to me/i.test(fact.diagnosticCode)) fact.command = 'HELO';
      const paragraph = paragraphs.get(fact.recipient);
      if (!paragraph) continue;
      // The paragraph carries the stage "(in reply to RCPT TO command)" the DSN field lacks;
      // it replaces the field's text only when it says the same and more (a local delivery
      // error reads "temporary failure" there but the real cause in the field).
      const said = squeeze(paragraph);
      if (!fact.diagnosticCode || said.toLowerCase().includes(fact.diagnosticCode.toLowerCase())) fact.diagnosticCode = said;
      fact.command ||= findCommand(said);
      fact.remoteMta ||= remoteHostOf(paragraph);
      if (!fact.status) fact.status = findStatusCode(paragraph) || statusOfPostfixText(said);
      if (/refused to talk to me/i.test(paragraph)) fact.command = 'HELO';
    }
    if (facts.length === 0) {
      const fromTranscript = factFromTranscript(mail.body);
      if (fromTranscript) facts = [fromTranscript];
    }
    if (facts.length === 0 && mail.body.includes('--- Delivery report unavailable ---')) {
      // Postfix lost its own report; the original's recipients are the only ones it can be about.
      facts = findAddresses((mail.original?.headers.get('to') ?? []).join(', ')).map((recipient) => emptyFact(recipient));
    }
    return facts.length > 0 ? { facts } : undefined;
  },
};
