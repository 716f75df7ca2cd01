/**
 * Auto-replies (RFC 3834): vacation and out-of-office answers. Not a failure: the recipient
 * is the person who is away (the reply's From), with the reason "vacation". Tried after every
 * bounce decoder, because bounces carry "Auto-Submitted: auto-replied" too (Sisimai rfc3834
 * behaviour, including its exclusions).
 */
import { emptyFact, type DecodedMail } from '../fact';
import { headerOf, type ParsedMail } from '../mail';
import { squeeze } from '../text';
import type { Lhost } from './types';

/** Header marks of an automatic answer (IANA auto-submitted keywords; Exchange; Apple; Precedence). */
function hasAutoReplyHeader(mail: ParsedMail): boolean {
  const h = mail.headers;
  if (/^auto-(?:generated|replied|notified)/i.test(headerOf(h, 'auto-submitted'))) return true;
  if (/oof|autoreply/i.test(headerOf(h, 'x-auto-response-suppress'))) return true;
  if (/^vacation$/i.test(headerOf(h, 'x-apple-action'))) return true;
  if (/^auto_reply$/i.test(headerOf(h, 'precedence'))) return true;
  return h.has('x-autoreply') || h.has('x-autorespond');
}

/** Subject prefixes of automatic answers, English and Japanese. */
const autoReplySubject = /^\s*(?:auto:|auto[ -]?reply:|auto[ -]?response:|autorespons\w*|automatic reply:|out of (?:the )?office|自動応答|自動返信|不在)/i;

/** Mails that look automatic but are not answers from a person (Sisimai rfc3834 exclusions). */
function isExcluded(mail: ParsedMail): boolean {
  if (/(?:^|[<\s])(?:root|postmaster|mailer-daemon)@/i.test(`${mail.from} ${mail.fromField}`)) return true;
  if (/security information for|mail failure -|undeliver|delivery status notification|returned mail/i.test(mail.subject)) return true;
  return mail.contentType === 'multipart/report';
}

export const rfc3834: Lhost = {
  id: 'rfc3834',
  detect: (mail) => !isExcluded(mail) && (hasAutoReplyHeader(mail) || autoReplySubject.test(mail.subject)),
  extract(mail): DecodedMail | undefined {
    if (!mail.from) return undefined;
    const fact = emptyFact(mail.from);
    fact.diagnosticCode = squeeze(mail.body).slice(0, 300);
    fact.reason = 'vacation';
    fact.reasonMatched = 'auto-reply headers';
    return { facts: [fact], kind: 'auto-reply' };
  },
};
