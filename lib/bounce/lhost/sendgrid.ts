/**
 * Twilio SendGrid's notices (Return-Path <apps@sendgrid.net>, "Undelivered Mail Returned to
 * Sender"; Sisimai Lhost/SendGrid.pm): an RFC 3464 report whose Diagnostic-Code has no type, with
 * the SMTP stage only in the text ("... User Unknown  in RCPT TO") and "Action: expired" for a
 * message it stopped retrying. The generic reader read the recipient but no command, and took
 * an expired delivery for whatever the last reply said.
 */
import { applyVerdict, type DecodedMail } from '../fact';
import { headerOf, type ParsedMail } from '../mail';
import { findReplyCode, isGenericStatus, type SmtpCommand } from '../smtp';
import { splitLines } from '../text';
import { factsOfDeliveryStatus } from './rfc3464';
import type { Lhost } from './types';

function isSendGrid(mail: ParsedMail): boolean {
  return mail.subject === 'Undelivered Mail Returned to Sender' && headerOf(mail.headers, 'return-path').toLowerCase() === '<apps@sendgrid.net>';
}

/** The SMTP stage SendGrid names after a recipient's reply in its text ("in RCPT TO", "in MAIL FROM", "end of DATA"). */
function stageOf(body: string): SmtpCommand {
  for (const line of splitLines(body).slice(0, 200)) {
    const stage = /\b(?:in (RCPT TO|MAIL FROM)|end of (DATA))\s*$/.exec(line.trim());
    if (stage) return stage[1] === 'MAIL FROM' ? 'MAIL' : stage[2] ? 'DATA' : 'RCPT';
  }
  return '';
}

export const sendgrid: Lhost = {
  id: 'sendgrid',
  detect: isSendGrid,
  extract(mail): DecodedMail | undefined {
    const facts = factsOfDeliveryStatus(mail);
    const stage = stageOf(mail.body);
    for (const fact of facts) {
      fact.command ||= stage;
      if (fact.action === 'expired') {
        // SendGrid gave up retrying: RFC 3463's "delivery time expired" (x.4.7) states that
        // better than its generic x.0.0, in the class of the last reply.
        fact.action = 'failed';
        if (!fact.status || isGenericStatus(fact.status)) fact.status = `${findReplyCode(fact.diagnosticCode).charAt(0) || fact.status.charAt(0) || '5'}.4.7`;
        applyVerdict(fact, { reason: 'expired', matched: 'Action: expired' });
      }
    }
    return facts.length > 0 ? { facts } : undefined;
  },
};
