/**
 * Gmail and Google Workspace notices in the current format ("** Address not found **",
 * "** Message not delivered **", "Your message wasn't delivered to ..."): a delivery-status
 * part whose Status is often a vague 4.0.0 or 5.0.0, with the cause in Google's own words.
 * The same text is what Gmail shows in its message card, so this decoder also reads the
 * rendered text alone, where there is no DSN part at all.
 */
import { emptyFact, type DecodedMail, type RawFact } from '../fact';
import { headerOf, type ParsedMail } from '../mail';
import { matchByReason, type PhrasesByReason } from '../message-table';
import { ADDRESS_PATTERN, addressOccurrences, findAddress, findAddresses, squeeze } from '../text';
import { factsOfDeliveryStatus } from './rfc3464';
import type { Lhost } from './types';

/** Google's DNS and address texts and what they mean (Sisimai lhost/gsuite behaviour). */
const googleMessages: PhrasesByReason = [
  ['notaccept', ['null mx']],
  ['networkerror', [' had no relevant answers', ' responded with code nxdomain', 'responded with code servfail']],
  ['userunknown', ["because the address couldn't be found. check for typos or unnecessary spaces and try again"]],
];

/**
 * Headlines of Google's notices: English, Japanese (Gmail writes the notice in the sender's
 * language), and in any language the "** ... **" frame of its plain-text part.
 * regex-audit: bounded — literal alternations; the frame's text is at most 40 characters.
 */
const headlines =
  /\*\* (?:address not found|message not delivered|message blocked|delivery incomplete|message delayed) \*\*|^(?:address not found|message not delivered|message blocked|delivery incomplete|message delayed)$|^\*\* [^*\n]{2,40} \*\*$|^(?:アドレスが見つかりません|メッセージは配信されませんでした|メッセージがブロックされました|配信が完了していません|メッセージの配信が遅れています)$/im;
const recipientSentence = new RegExp(String.raw`(?:your message wasn't delivered to|there was a (?:temporary )?problem delivering your message to|your message to)\s+<?(${ADDRESS_PATTERN})`, 'i');
/** Japanese puts the verb after the address: "x に配信できませんでした", "x へのメッセージ". */
const japaneseAfterAddress = /^>?\s*(?:に|へ|宛)/;

/** The address Google's sentence names: English before it, Japanese after it (first paragraphs only). */
function namedRecipient(body: string): string | undefined {
  const english = recipientSentence.exec(body)?.[1];
  if (english) return findAddress(english);
  for (const line of body.slice(0, 1200).split('\n')) {
    for (const { address, end } of addressOccurrences(line)) if (japaneseAfterAddress.test(line.slice(end))) return address;
  }
  return undefined;
}
// Blanks up to the line's end, line breaks excluded: \s*$ would let a run of blank lines be split many ways.
const responseOpener = /^(?:the response (?:from the remote server )?was:|the error that the other server returned was:)[^\S\n\r\u2028\u2029]*$/im;
/** Japanese openers ("応答:", "リモート サーバーからの応答:", "次のエラーが返されました:"), tried on one trimmed line. */
const japaneseResponseOpener = /^[^:：]{0,20}(?:応答|エラーが返されました)[^:：]{0,10}[:：]$/;

function isGoogleNotice(mail: ParsedMail): boolean {
  const fromGoogle = /^mailer-daemon@(?:googlemail|google)\.com$/.test(mail.from) || /mail delivery subsystem/i.test(mail.fromField);
  return fromGoogle && headlines.test(mail.body);
}

/** Google's explanation and the remote server's reply, as one line. */
function openerEnd(body: string): number | undefined {
  const opener = responseOpener.exec(body);
  if (opener) return opener.index + opener[0].length;
  let offset = 0;
  for (const line of body.split('\n')) {
    offset += line.length + 1;
    if (line.length <= 60 && japaneseResponseOpener.test(line.trim())) return offset;
  }
  return undefined;
}

function responseText(body: string): string {
  const end0 = openerEnd(body);
  if (end0 === undefined) return '';
  const rest = body.slice(end0).replace(/^\s+/, '');
  const end = rest.search(/\n\s*\n|\n-{2,}|<\/?html/i);
  return squeeze(end < 0 ? rest.slice(0, 600) : rest.slice(0, end));
}

export const gsuite: Lhost = {
  id: 'gsuite',
  detect: isGoogleNotice,
  extract(mail): DecodedMail | undefined {
    const response = responseText(mail.body);
    const headline = squeeze(mail.body.slice(0, 600).split(/\n\s*\n/).slice(0, 2).join(' '));
    let facts: RawFact[] = factsOfDeliveryStatus(mail);
    if (facts.length === 0) {
      const recipients = findAddresses(headerOf(mail.headers, 'x-failed-recipients'));
      const named = namedRecipient(mail.body);
      if (recipients.length === 0 && named) recipients.push(named);
      facts = recipients.map((recipient) => ({ ...emptyFact(recipient), diagnosticCode: response }));
    }
    for (const fact of facts) {
      fact.diagnosticCode ||= response;
      const lower = `${headline} ${fact.diagnosticCode}`.toLowerCase();
      const known = matchByReason(lower, googleMessages);
      if (known) {
        fact.reason = known.reason;
        fact.reasonMatched = known.matched.trim();
      }
    }
    return facts.length > 0 ? { facts } : undefined;
  },
};
