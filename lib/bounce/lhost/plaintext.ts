/**
 * The last resort for bounces no family decoder recognises, and the main reader of rendered
 * text (a webmail's message view, where no MIME structure survives). It reads the notification
 * the way a person does: the failed address is the one the text presents as a recipient
 * ("could not be delivered to x@example.jp", "x@example.jp ... unknown host", "Recipient:
 * <x>"), and the reason is the remote reply or the sentence around it ("Remote Server returned
 * '550 ...'", "The response was: ...", "Reported error: ...", a "550 5.1.1 ..." line).
 */
import { emptyFact, type DecodedMail, type RawFact } from '../fact';
import { looksLikeBounce } from '../bounce-signs';
import { headerOf, type ParsedMail } from '../mail';
import { addressOccurrences, findAddress, findAddresses, splitLines, squeeze } from '../text';
import { matchText } from '../reasons';
import { applyDeliveryAgent } from './mda';
import type { Lhost } from './types';

/** Lines after which a returned original starts, across MTAs. */
const originalMarkers =
  /^(?:--.*(?:original message|message text follows|returned message|copy of the message|unsent message|original mail)|.*(?:below (?:this line )?is a copy of|original message follows|original message headers|original message details|header of the original message|copy of the original message|message headers follow|headers of the original message)|content-type: message\/rfc822)/i;

/**
 * Wordings that present the address on the line as a failed recipient.
 * regex-audit: bounded — tested on one line (MAX_LINE_LENGTH) and at most 40 characters between the words.
 */
const recipientContext =
  /(?:deliver(?:ed|y)?|sent|send|reach|addressed)\b[^@\n]{1,40}\bto:?\s*[<'"]?$|recipients?\b[^@\n]{0,30}:\s*[<'"]?$|\b(?:rcpt to|final-recipient|failed addresses?|address(?:es)?(?: failed)?)\s*(?:[:;]\s*)?[<'"]?$|\bto:\s*[<'"]?$|\bmessage to\s*[<'"]?$|(?:宛先|あて先|送信先|受信者|配送先)\s*(?:[:：]\s*)?[<'"]?$/i;

/**
 * Wordings after an address that present it as the failed recipient, where the verb follows it:
 * Japanese ("x に配信できませんでした", "x へのメッセージ", "x 宛のメール", as Gmail's and
 * Exchange's Japanese notices put it) and English ("x could not be delivered", "x wasn't found
 * at example.jp", "x does not exist").
 * regex-audit: bounded — literals after optional spaces, tried at the text after the address.
 */
const recipientAfter =
  /^\s*(?:>\s*)?(?:(?:様|さま|さん)\s*)?(?:に|へ|宛て?|あて)(?:の|て|は|に)?\s*(?:メール|メッセージ|送信|配信|送|届)|^\s*(?:>\s*)?(?:could ?n[o']t|was ?n[o']t|were ?n[o']t|is ?n[o']t|cannot|can't|does ?n[o']t|did ?n[o']t)\s+(?:be\s+)?(?:delivered|reached|found|exist|receive|accept)/i;

/** Lines that carry the reason: a remote reply, or a labelled explanation. */
const reasonLine =
  /^\s*(?:<<<\s?)?(?:[45]\d\d[ -]|#?[45]\.\d{1,3}\.\d{1,3}\b|(?:reason|error|diagnostic(?: code)?|status code|reported error|remote server returned|the (?:response|error) (?:was|from|that the other server returned was))\b|(?:エラー|理由|原因|詳細)\s*[:：])/i;

/** Addresses that are never the failed recipient: the report's own parties and role accounts. */
function excludedAddresses(mail: ParsedMail): Set<string> {
  const excluded = new Set<string>(findAddresses(`${mail.fromField} ${headerOf(mail.headers, 'to')} ${headerOf(mail.headers, 'reply-to')}`));
  const original = mail.original?.headers;
  if (original) for (const name of ['from', 'sender', 'reply-to', 'return-path']) for (const a of findAddresses((original.get(name) ?? []).join(' '))) excluded.add(a);
  return excluded;
}

function isRoleAddress(address: string): boolean {
  return /^(?:mailer-daemon|postmaster|no-?reply|abuse)@/i.test(address);
}

interface Candidate {
  recipient: string;
  /** Text after the address on its line, and the lines that follow until an empty one. */
  said: string;
}

/**
 * Reads recipients and their nearby text from the report part of the body; `used` collects the
 * indexes of the lines that went into some recipient's text.
 */
/**
 * Text after an address that states what happened to it: a reply or status code on the same
 * line, or the address opening its own explanation ("<x>: host mx said: 550 ...", Postfix,
 * qmail, Exim; "x... User unknown", sendmail; "x (reason)", "x : 192.0.2.1 : mx : 550 ...").
 */
const codeOnLine = /(?:^|[\s[(:,'"-])(?:[45]\d\d[\s-]|[45]\.\d{1,3}\.\d{1,3}\b)/;
const opensExplanation = /^[>"'\]]*\s*(?:\.{3}|:(?!\/)|\(|\s-\s)\s*[^\s)]/;

function saysWhatHappened(after: string): boolean {
  return opensExplanation.test(after) || codeOnLine.test(after);
}

/**
 * A sentence that ends in the address after a colon: "User's mailbox is full: <x>", "Unknown
 * user: x", "Quota exceeded for: x" (simple MTAs that write the cause first). The words before
 * the colon are its text: at most 80 characters, at least two words, no other colon, "@" or
 * angle bracket, so that a lone header-like label ("Cc: x") is not one.
 */
function causeThenAddress(before: string): string | undefined {
  let end = before.length;
  while (end > 0 && (before[end - 1] === '<' || /\s/.test(before[end - 1] ?? ''))) end -= 1;
  const text = before.slice(0, end);
  if (!text.endsWith(':')) return undefined;
  const cause = text.slice(0, -1).trim();
  if (cause.length > 80 || !cause.includes(' ') || /[:@<>]/.test(cause)) return undefined;
  return cause;
}

/**
 * A known cause written right before the address on its line, without a colon: "** Unknown user
 * x **" (Mercury/32), "No such user x", "Mailbox full x". The cause must end where the address
 * starts, so that help text naming an address after a cause ("if the mailbox is full, write to
 * x") is not read as a recipient.
 */
function causeRightBefore(before: string): string | undefined {
  if (before.length > 120) return undefined;
  let end = before.length;
  while (end > 0 && /[\s<'"]/.test(before[end - 1] ?? '')) end -= 1;
  const text = before.slice(0, end).replace(/^[\s*>#-]+/, '').toLowerCase();
  if (text.length < 6 || text.length > 60 || /[@:]/.test(text)) return undefined;
  const found = matchText(text);
  return found && text.endsWith(found.phrase.trim()) ? text : undefined;
}

/**
 * A line that introduces the addresses that follow it ("The following recipients did not receive ...:"):
 * it ends with a colon, and the words since the previous colon or @ name recipients or addresses.
 * Read from the line's end rather than with one pattern, whose open-ended middle backtracked
 * quadratically over a long line of repeated "address" words without a final colon (recheck).
 */
const listNoun = /\b(?:recipients?|address(?:es)?)\b/i;
export function isListHeading(line: string): boolean {
  const text = line.trimEnd();
  if (!text.endsWith(':')) return false;
  const body = text.slice(0, -1);
  const cut = Math.max(body.lastIndexOf(':'), body.lastIndexOf('@'));
  return listNoun.test(body.slice(cut + 1));
}

/** Lines that only name a header field of a quoted message or the notice itself. */
const headerLike = /^\s*(?:message-id|in-reply-to|references|received|return-path|from|reply-to|sender|x-[a-z-]+|dkim-signature|arc-[a-z-]+|authentication-results)\s*:/i;

/**
 * Reads recipients and their nearby text from the report part of the body; `used` collects the
 * indexes of the lines that went into some recipient's text. An address named again later with
 * words of its own ("Addressed To: x" first, "x: [192.0.2.5], 550 ... No such user" below)
 * adds those words to its text.
 */
function readCandidates(report: readonly string[], excluded: ReadonlySet<string>, used: Set<number>): Candidate[] {
  const found: Candidate[] = [];
  for (let i = 0; i < report.length; i++) {
    const line = report[i] ?? '';
    if (headerLike.test(line)) continue;
    for (const { address, start, end } of addressOccurrences(line)) {
      if (excluded.has(address) || isRoleAddress(address)) continue;
      const before = line.slice(0, start);
      const rawAfter = line.slice(end);
      const after = rawAfter.replace(/^[>"'\])]*\s*(?:\.{3}|:|,)?\s*/, '');
      const known = found.find((c) => c.recipient === address);
      if (known) {
        // Only words of its own: not a repeat inside the reply it already holds. A remote reply
        // that names the address inside it ("552 Message for <x> would exceed mailbox quota" of a
        // session transcript) is its words too.
        if (!used.has(i) && saysWhatHappened(rawAfter)) {
          // A reply that names the address after its codes ("(550 5.1.1 <x>: User unknown)") keeps its codes.
          known.said = squeeze(`${known.said} ${codeOnLine.test(before) ? line.trim() : after}`);
          used.add(i);
        } else if (!used.has(i) && /^\s*[45]\d\d[\s-]/.test(line)) {
          known.said = squeeze(`${known.said} ${line}`);
          used.add(i);
        }
        continue;
      }
      const alone = before.replace(/[\s*>"'<([-]|^\s*\d+[.)]/g, '').trim() === '';
      const causeFirst = !alone && /^[>"'\])\s.*]*$/.test(rawAfter) ? (causeThenAddress(before) ?? causeRightBefore(before)) : undefined;
      if (!alone && !causeFirst && !recipientContext.test(before.trimEnd()) && !/^\s*(?:recipient|to|address|rcpt to|宛先|あて先|送信先)\s*[:：]/i.test(before) && !saysWhatHappened(rawAfter) && !recipientAfter.test(rawAfter)) continue;
      const following: string[] = [];
      for (let j = i + 1; j < report.length && j < i + 8; j++) {
        const next = report[j] ?? '';
        if (!next.trim() || findAddresses(next).some((a) => !excluded.has(a) && a !== address)) break;
        // "The following recipients did not receive your message:" opens the next list, it says nothing of this one.
        if (isListHeading(next)) break;
        following.push(next.trim());
        used.add(j);
      }
      used.add(i);
      const own = causeFirst && !recipientContext.test(before.trimEnd()) ? causeFirst : after.replace(/^\.\s*$/, '');
      found.push({ recipient: address, said: squeeze([own, ...following].join(' ')) });
    }
  }
  return found;
}

/** A label alone on its line ("Reason:", "because:", "エラー:"): its text is the paragraph below. */
const bareReasonLabel = /^(?:reason|error|diagnostic(?: code)?|because|エラー|理由|原因|詳細)\s?[:：]?$/i;
/**
 * A Japanese label line that introduces the remote server's answer: Gmail's and others' "応答:",
 * "リモート サーバーからの応答:", "次のエラーが返されました:", "エラー内容:".
 * regex-audit: bounded — two bounded runs around a literal alternation.
 */
const japaneseReasonLabel = /^[^:：@]{0,20}(?:応答|エラー|理由|原因|詳細)[^:：@]{0,12}[:：]$/;

/** A labelled reason ("Reason: The email you sent ... / above has been returned because ...") may run on over its paragraph. */
const labelledReason = /^\s*(?:reason|error|diagnostic(?: code)?|reported error)\s*:/i;

/**
 * The reason lines stated for the whole report, not about one recipient: reply lines and
 * labelled explanations with the rest of their paragraph (up to 6 lines, until an empty line, an
 * address or the next reason line), and under a bare label ("Reason:" with the cause a paragraph
 * below, as Domino and many gateways write it) the lines of the next paragraph.
 */
function generalReason(report: readonly string[], used: ReadonlySet<number>, candidates: readonly Candidate[]): string {
  const taken: string[] = [];
  const aboutOne = (line: string): boolean => candidates.some((c) => line.toLowerCase().includes(c.recipient));
  for (let i = 0; i < report.length; i++) {
    const line = report[i] ?? '';
    if (used.has(i)) continue;
    if (bareReasonLabel.test(line.trim()) || japaneseReasonLabel.test(line.trim())) {
      let j = i + 1;
      while (j < report.length && j < i + 3 && !(report[j] ?? '').trim()) j++;
      for (let count = 0; j < report.length && count < 4 && (report[j] ?? '').trim() && !used.has(j); j++, count++) taken.push(report[j] ?? '');
      i = j - 1;
      continue;
    }
    if (!reasonLine.test(line) || aboutOne(line)) continue;
    taken.push(line);
    if (!labelledReason.test(line)) continue;
    for (let j = i + 1; j < report.length && j <= i + 6; j++) {
      const next = report[j] ?? '';
      if (!next.trim() || used.has(j) || reasonLine.test(next) || next.includes('@')) break;
      taken.push(next);
      i = j;
    }
  }
  return taken.join(' ');
}

/**
 * A warning that the message is still queued, not a final failure: Exim's "Warning: message ...
 * delayed", Postfix's "Delayed Mail (still being retried)", sendmail's "Warning: could not send
 * message for past 4 hours" / "THIS IS A WARNING MESSAGE ONLY", Exchange's and Gmail's "Delivery
 * has been delayed" / "(Delay)", Messaging Server's "has been delayed ... will continue trying".
 * Its recipients get Action: delayed, as the DSN of such a notice says (RFC 3464 2.3.3), so a
 * text with no other cause is expired, as Sisimai's Reason.pm decides for a delayed action.
 * regex-audit: bounded — alternations of literals, tried on the subject and on single lines.
 */
const delaySubject = /\b(?:delay(?:ed)?|still being retried|could not send message for past|not yet (?:been )?delivered)\b|\(delay\)/i;
const delayLine =
  /\b(?:has been delayed|is delayed|delivery (?:has been |is )?delayed|still (?:awaiting delivery|being retried|trying)|will (?:continue|keep) (?:trying|to try|retrying)|will (?:be )?retr(?:y|ied)|no action is required on your part|has not yet been delivered|this is a warning message only|you do not need to resend)\b/i;
/** Words that say the server has stopped trying: such a notice is final whatever else it says. */
const finalLine = /\b(?:permanent(?:ly)?|giv(?:en|ing) up|gave up|will not (?:continue|be retried|retry)|no (?:further|more) (?:attempts|retries)|fatal errors?)\b/i;

function isDelayNotice(subject: string, report: readonly string[]): boolean {
  if (report.some((line) => finalLine.test(line)) || finalLine.test(subject)) return false;
  return delaySubject.test(subject) || report.some((line) => delayLine.test(line));
}

export const plaintext: Lhost = {
  id: 'plaintext',
  detect: looksLikeBounce,
  extract(mail): DecodedMail | undefined {
    const lines = splitLines(mail.body);
    const end = lines.findIndex((line, i) => i > 0 && originalMarkers.test(line.trim()));
    const report = (end < 0 ? lines : lines.slice(0, end)).slice(0, 400);
    const excluded = excludedAddresses(mail);
    const used = new Set<number>();
    let candidates = readCandidates(report, excluded, used);
    if (candidates.length === 0) {
      candidates = findAddresses(headerOf(mail.headers, 'x-failed-recipients')).map((recipient) => ({ recipient, said: '' }));
    }
    if (candidates.length === 0) return undefined;
    // A reason stated once for the whole report ("no valid recipients were found", "Reason: ..."),
    // not one that follows a recipient (Japanese notices give each "宛先:" its own "エラー:" line).
    const general = squeeze(generalReason(report, used, candidates)).slice(0, 600);
    const action = isDelayNotice(mail.subject, report) ? 'delayed' : 'failed';
    const facts: RawFact[] = candidates.map((c) => {
      const fact = emptyFact(findAddress(c.recipient));
      fact.diagnosticCode = squeeze([general, c.said].filter(Boolean).join(' ')) || squeeze(report.filter((l) => l.trim()).slice(0, 6).join(' ')).slice(0, 300);
      fact.action = action;
      return fact;
    });
    applyDeliveryAgent(mail, facts);
    const inlineOriginal = end < 0 ? '' : lines.slice(end + 1).join('\n').replace(/^\s+/, '');
    return { facts, ...(inlineOriginal ? { inlineOriginal } : {}) };
  },
};
