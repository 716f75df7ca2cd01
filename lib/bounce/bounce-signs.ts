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

/**
 * A rendered notice's opening words, for webmail text whose sender and subject say nothing (a
 * relay's "Subject: <the original subject>" from an empty sender): the sentences MTAs open
 * their notices with, about a message (not a parcel) that could not be delivered.
 * regex-audit: bounded — read over the first 600 characters only, with at most 40 between the words.
 */
const reportOpeners =
  /\b(?:message|mail|e-?mail)\b[^.\n]{1,40}\b(?:(?:could not|couldn't|cannot|can't) be|was not|wasn't|has not been) (?:delivered|sent)\b|permanent fatal errors|delivery to the following recipients? (?:failed|has failed)|メールは?(?:配信|送信)できませんでした/;

/** True when a From field names a sender of delivery reports. */
export function isReportSender(from: string): boolean {
  return reportSenders.test(from);
}

export function looksLikeBounce(mail: ParsedMail): boolean {
  if (mail.contentType === 'multipart/report' || mail.deliveryStatus.length > 0) return true;
  if (reportSenders.test(`${mail.from} ${mail.fromField}`)) return true;
  if (reportSubjects.test(mail.subject)) return true;
  return mail.input === 'text' && reportOpeners.test(mail.head.slice(0, 600));
}
