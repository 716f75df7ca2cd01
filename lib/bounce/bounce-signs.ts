/**
 * Cheap signs that a mail means to report a delivery problem: who sent it and what its subject
 * says. Used to tell "not a bounce" from "a bounce we could not read", and to let the plain-text
 * reader try mails that no decoder claimed.
 */
import type { ParsedMail } from './mail';

/** Senders of delivery reports (RFC 3464 §2: the null sender's conventional names; Exchange's "Microsoft Outlook"). */
const reportSenders = /mailer-daemon|postmaster|mail delivery (?:subsystem|system)|mail administrator|microsoft outlook|mail deliver system/i;

/** Subjects of delivery reports, English, French, Italian, German, Spanish and Japanese. */
const reportSubjects =
  /undeliver|delivery (?:status notification|failure|failed|problem|report|has failed|notification)|returned mail|mail delivery failed|failure notice|could not be delivered|non[- ]?remis|non recapitabile|unzustellbar|no se puede entregar|不達|配信不能|配送不能|送信できません|エラー|delivery status/i;

export function looksLikeBounce(mail: ParsedMail): boolean {
  if (mail.contentType === 'multipart/report' || mail.deliveryStatus.length > 0) return true;
  if (reportSenders.test(`${mail.from} ${mail.fromField}`)) return true;
  return reportSubjects.test(mail.subject);
}
