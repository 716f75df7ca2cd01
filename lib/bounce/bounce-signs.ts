/**
 * Cheap signs that a mail means to report a delivery problem: who sent it and what its subject
 * says. Used to tell "not a bounce" from "a bounce we could not read", and to let the plain-text
 * reader try mails that no decoder claimed.
 */
import { decodeHeaderWords } from './charset';
import { headerOf, type HeaderFields, type ParsedMail } from './mail';

/** Senders of delivery reports (RFC 3464 §2: the null sender's conventional names; Exchange's "Microsoft Outlook"). */
const reportSenders = /mailer-daemon|postmaster|mail delivery (?:subsystem|system)|mail administrator|microsoft outlook|mail deliver system/i;

/** Subjects of delivery reports, English, French, Italian, German, Spanish and Japanese. */
const reportSubjects =
  /undeliver|delivery (?:status notification|failure|failed|problem|report|has failed|notification)|returned mail|mail delivery failed|failure notice|could not be delivered|non[- ]?remis|non recapitabile|unzustellbar|no se puede entregar|不達|配信不能|配送不能|送信できません|エラー|delivery status/i;

/**
 * A rendered notice's opening words, for webmail text whose sender and subject say nothing (a
 * relay's "Subject: <the original subject>" from an empty sender): the sentences MTAs open
 * their notices with, about a message (not a parcel) that could not be delivered. Read over the
 * first OPENER_SCAN_CHARS characters only.
 *
 * The first sentence shape, "message/mail/e-mail, 1 to 40 characters without a full stop or a
 * line break, then could not be / was not / ... delivered or sent", was one pattern,
 * /\b(?:message|mail|e-?mail)\b[^.\n]{1,40}\b(?:…) (?:delivered|sent)\b/, which recheck counts
 * polynomial (the bounded run is retried from every start). It is now found by a scan: each noun,
 * then the verb phrase tried at each of the (at most 40) places after it, anchored (sticky).
 */
const OPENER_SCAN_CHARS = 600;
const OPENER_GAP = 40;
const openerNoun = /\b(?:message|mail|e-?mail)\b/g;
const openerVerb = /\b(?:(?:could not|couldn't|cannot|can't) be|was not|wasn't|has not been) (?:delivered|sent)\b/y;
const otherOpeners = /permanent fatal errors|delivery to the following recipients? (?:failed|has failed)|メールは?(?:配信|送信)できませんでした/;

/** True when `text` opens like a delivery notice (see above). */
export function hasReportOpener(text: string): boolean {
  const head = text.slice(0, OPENER_SCAN_CHARS);
  if (otherOpeners.test(head)) return true;
  for (const noun of head.matchAll(openerNoun)) {
    const after = noun.index + noun[0].length;
    for (let gap = 1; gap <= OPENER_GAP && after + gap <= head.length; gap++) {
      const char = head[after + gap - 1];
      if (char === '.' || char === '\n') break;
      openerVerb.lastIndex = after + gap;
      if (openerVerb.test(head)) return true;
    }
  }
  return false;
}

/** True when a From field names a sender of delivery reports. */
export function isReportSender(from: string): boolean {
  return reportSenders.test(from);
}

export function looksLikeBounce(mail: ParsedMail): boolean {
  if (mail.contentType === 'multipart/report' || mail.deliveryStatus.length > 0) return true;
  if (reportSenders.test(`${mail.from} ${mail.fromField}`)) return true;
  if (reportSubjects.test(mail.subject)) return true;
  return mail.input === 'text' && hasReportOpener(mail.head);
}

/** Most bytes of a message's header block the mailbox import looks at before deciding to classify. */
export const MAX_SIGN_HEADER_BYTES = 64 * 1024;

const latin1 = new TextDecoder('iso-8859-1');

/** The header block of raw message bytes (up to the first blank line, at most MAX_SIGN_HEADER_BYTES), as latin1 text. */
export function rawHeaderBlock(bytes: Uint8Array): string {
  const end = Math.min(bytes.length, MAX_SIGN_HEADER_BYTES);
  let stop = end;
  for (let i = 0; i < end; i++) {
    if (bytes[i] !== 0x0a) continue;
    if (bytes[i + 1] === 0x0a || (bytes[i + 1] === 0x0d && bytes[i + 2] === 0x0a)) {
      stop = i;
      break;
    }
  }
  return latin1.decode(bytes.subarray(0, stop));
}

/**
 * The same signs read from raw header lines, without parsing the mail: a delivery-report content
 * type, a failed-recipients header, a report sender or subject (RFC 2047 words decoded, so
 * Japanese subjects count), or the null return path of RFC 3464 §2. For the mailbox import,
 * which must pass over thousands of ordinary mails cheaply; a false positive costs one
 * classification, a bounce without any of these signs is not imported.
 */
export function rawHeaderLooksLikeBounce(headers: HeaderFields): boolean {
  if (/^\s*multipart\/report/i.test(headerOf(headers, 'content-type'))) return true;
  if (headers.has('x-failed-recipients')) return true;
  if (/^\s*<\s*>\s*$/.test(headerOf(headers, 'return-path'))) return true;
  if (reportSenders.test(headerOf(headers, 'from'))) return true;
  return reportSubjects.test(decodeHeaderWords(headerOf(headers, 'subject')));
}
