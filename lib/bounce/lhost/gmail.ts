/**
 * Gmail's older notices ("Delivery to the following recipient failed permanently:" /
 * "... has been delayed:"), plain text with no delivery-status part. The failed address is on
 * its own indented line, the reason in "Technical details of permanent failure:", and Gmail
 * appends "(state N)", the stage of its SMTP client where the remote server refused; the
 * generic reader finds none of it.
 */
import { emptyFact, type DecodedMail } from '../fact';
import type { ParsedMail } from '../mail';
import { matchByReason, type PhrasesByReason } from '../message-table';
import type { ReasonId } from '../reasons/taxonomy';
import type { SmtpCommand } from '../smtp';
import { findAddress, splitLines, squeeze } from '../text';
import type { Lhost } from './types';

/**
 * Gmail's "(state N)" codes: the command its client had sent and what a refusal there meant
 * (Sisimai lhost/gmail behaviour, from Gmail help-forum threads it cites).
 */
const gmailStates: Readonly<Record<string, { command: SmtpCommand; reason: ReasonId }>> = {
  '6': { command: 'MAIL', reason: 'systemerror' }, // remote server does not support TLS
  '8': { command: 'AUTH', reason: 'systemerror' }, // SMTP AUTH failed with the remote server
  '9': { command: 'AUTH', reason: 'systemerror' }, // TLS certificate trouble
  '12': { command: 'AUTH', reason: 'norelaying' }, // no SMTP authenticated relay
  '13': { command: 'EHLO', reason: 'blocked' }, // refused at the greeting
  '14': { command: 'RCPT', reason: 'userunknown' }, // refused at RCPT TO
  '15': { command: 'DATA', reason: 'filtered' },
  '17': { command: 'DATA', reason: 'filtered' },
  '18': { command: 'DATA', reason: 'filtered' },
};

/** Gmail's own texts when no state code is given (Sisimai lhost/gmail behaviour). */
const gmailMessages: PhrasesByReason = [
  ['expired', ['dns error: could not contact dns servers', 'delivery to the following recipient has been delayed', 'the recipient server did not accept our requests to connect']],
  ['hostunknown', ['dns error: domain name not found', 'dns error: dns server returned answer with no data']],
];

const listOpener = /^Delivery to the following recipients? (?:failed permanently|has been delayed|failed)/m;
const originalMarkers = ['----- Original message -----', '----- Message header follows -----', '----- Original Message -----'];

function isGmail(mail: ParsedMail): boolean {
  return /^mailer-daemon@(?:googlemail|google)\.com$/.test(mail.from) && listOpener.test(mail.body);
}

export const gmail: Lhost = {
  id: 'gmail',
  detect: isGmail,
  extract(mail): DecodedMail | undefined {
    let end = mail.body.length;
    for (const marker of originalMarkers) {
      const at = mail.body.indexOf(marker);
      if (at >= 0 && at < end) end = at;
    }
    const report = mail.body.slice(mail.body.search(listOpener), end);
    const delayed = /has been delayed/.test(report.slice(0, 120));
    const recipients: string[] = [];
    let details: string[] = [];
    let inDetails = false;
    for (const line of splitLines(report)) {
      if (/^Technical details of (?:permanent|temporary) failure:/.test(line)) {
        inDetails = true;
        continue;
      }
      if (inDetails) {
        details.push(line.trim());
        continue;
      }
      const address = /^\s+([^\s@]+@\S+)\s*$/.exec(line)?.[1];
      if (address) recipients.push(findAddress(address));
    }
    // The opening sentence tells a delay from a failure; Gmail's detail text follows it.
    details = [report.split('\n')[0] ?? '', ...(delayed ? ['Message will be retried'] : []), ...details];
    const diagnosis = squeeze(details.join(' '));
    const lower = diagnosis.toLowerCase();
    const state = /\(state (\d+)\)/.exec(diagnosis)?.[1];
    const byState = state ? gmailStates[state] : undefined;
    const byText = byState ? undefined : matchByReason(lower, gmailMessages);
    const facts = recipients.filter(Boolean).map((recipient) => {
      const fact = emptyFact(recipient);
      fact.diagnosticCode = diagnosis;
      fact.action = delayed ? 'delayed' : 'failed';
      if (byState) {
        fact.command = byState.command;
        fact.reason = byState.reason;
        fact.reasonMatched = `(state ${state})`;
      } else if (byText) {
        fact.reason = byText.reason;
        fact.reasonMatched = byText.matched;
      }
      return fact;
    });
    return facts.length > 0 ? { facts, ...(end < mail.body.length ? { inlineOriginal: mail.body.slice(mail.body.indexOf('\n', end) + 1) } : {}) } : undefined;
  },
};
