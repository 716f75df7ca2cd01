/**
 * Amazon SES notifications sent by e-mail through SNS ("AWS Notification Message"): not a
 * bounce mail at all but a JSON document, either SES's own or wrapped in an SNS envelope
 * whose "Message" field holds it as a string. Bounces list bouncedRecipients with their DSN
 * fields, complaints list complainedRecipients, deliveries list recipients. (SES's ordinary
 * DSN mails from MAILER-DAEMON@...amazonses.com are read by the generic reader.)
 */
import { typedValue } from '../dsn';
import { emptyFact, type DecodedMail, type RawFact } from '../fact';
import { headerOf, type ParsedMail } from '../mail';
import { findAddress, squeeze } from '../text';
import type { Lhost } from './types';

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? (value as unknown[]) : [];
}

/** The SES notification in the body: SNS envelope unwrapped, mail-folded lines rejoined. */
function notificationOf(body: string): Json | undefined {
  const start = body.indexOf('{');
  const end = body.lastIndexOf('}');
  if (start < 0 || end <= start) return undefined;
  // Long JSON lines come folded like headers ("\n " inserted); JSON has no raw newlines, so
  // every newline followed by a space is a fold or insignificant white space.
  const json = body.slice(start, end + 1).replace(/\r?\n /g, '');
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return undefined;
  }
  if (isObject(parsed) && typeof parsed.Message === 'string') {
    try {
      parsed = JSON.parse(parsed.Message);
    } catch {
      return undefined;
    }
  }
  return isObject(parsed) && typeof parsed.notificationType === 'string' ? parsed : undefined;
}

function isSesNotification(mail: ParsedMail): boolean {
  const fromSns = mail.from.endsWith('@sns.amazonaws.com') || mail.headers.has('x-amz-sns-message-id') || headerOf(mail.headers, 'x-ses-outgoing') !== '';
  return fromSns && mail.body.includes('notificationType');
}

function bounceFacts(notification: Json): RawFact[] {
  const bounce = isObject(notification.bounce) ? notification.bounce : {};
  const transient = text(bounce.bounceType) === 'Transient';
  const subType = text(bounce.bounceSubType);
  return list(bounce.bouncedRecipients).filter(isObject).map((entry) => {
    const fact = emptyFact(findAddress(text(entry.emailAddress)));
    const diagnostic = typedValue(text(entry.diagnosticCode));
    fact.action = text(entry.action) || (transient ? 'delayed' : 'failed');
    fact.status = text(entry.status);
    fact.diagnosticType = diagnostic.type;
    fact.diagnosticCode = squeeze(diagnostic.value);
    fact.remoteMta = text(bounce.reportingMTA).replace(/^dsn;\s*/i, '');
    // SES's own verdicts when it did not even try (its bounce subtypes, SES developer guide).
    if (subType === 'Suppressed' || subType === 'OnAccountSuppressionList') {
      fact.reason = 'suppressed';
      fact.reasonMatched = `bounceSubType ${subType}`;
    }
    return fact;
  });
}

export const amazonses: Lhost = {
  id: 'amazonses',
  detect: isSesNotification,
  extract(mail): DecodedMail | undefined {
    const notification = notificationOf(mail.body);
    if (!notification) return undefined;
    const type = text(notification.notificationType);
    if (type === 'Bounce') {
      const facts = bounceFacts(notification).filter((f) => f.recipient);
      return facts.length > 0 ? { facts } : undefined;
    }
    if (type === 'Complaint') {
      const complaint = isObject(notification.complaint) ? notification.complaint : {};
      const facts = list(complaint.complainedRecipients)
        .filter(isObject)
        .map((entry) => ({ ...emptyFact(findAddress(text(entry.emailAddress))), reason: 'feedback' as const, reasonMatched: text(complaint.complaintFeedbackType) || 'complaint' }))
        .filter((f) => f.recipient);
      return facts.length > 0 ? { facts, kind: 'feedback' } : undefined;
    }
    if (type === 'Delivery') {
      const delivery = isObject(notification.delivery) ? notification.delivery : {};
      const response = squeeze(text(delivery.smtpResponse));
      const facts = list(delivery.recipients)
        .map((recipient) => ({ ...emptyFact(findAddress(text(recipient))), action: 'delivered', diagnosticCode: response, remoteMta: text(delivery.remoteMtaIp) }))
        .filter((f) => f.recipient);
      return facts.length > 0 ? { facts } : undefined;
    }
    return undefined;
  },
};
