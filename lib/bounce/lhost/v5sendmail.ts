/**
 * Sendmail 5 and its contemporaries. No delivery-status part and no "permanent fatal errors"
 * list: only "----- Transcript of session follows -----", where each failed recipient has a
 * result line ("554 <x@example.jp>... 550 Host unknown") and the session that failed it
 * ("While talking to mx.example.jp: >>> RCPT To:<x> <<< 550 ..."), then "----- Unsent message
 * follows -----" with the original. The generic reader finds nothing here.
 */
import { emptyFact, type DecodedMail, type RawFact } from '../fact';
import { ADDRESS_PATTERN, domainOf, findAddress, findAddresses, squeeze } from '../text';
import { readTranscript, type TranscriptSession } from './transcript';
import type { Lhost } from './types';

const unsentMarker = '----- Unsent message follows -----';

/** The session that failed a recipient: the one that named it in RCPT TO, else one with its domain's host. */
function sessionFor(sessions: readonly TranscriptSession[], recipient: string): TranscriptSession | undefined {
  const domain = domainOf(recipient);
  return sessions.find((s) => s.rcptTo.includes(recipient)) ?? sessions.find((s) => s.host !== '' && (s.host === domain || s.host.endsWith(`.${domain}`)));
}

/** "550 <x@example.jp>... text" (quoted local parts too). */
const resultLine = new RegExp(String.raw`^\d{3} <(${ADDRESS_PATTERN})>\.{3} ?(.*)$`);

export const v5sendmail: Lhost = {
  id: 'v5sendmail',
  detect: (mail) => mail.deliveryStatus.length === 0 && mail.head.includes('----- unsent message follows -----') && mail.head.includes('transcript of session follows'),
  extract(mail): DecodedMail | undefined {
    const end = mail.body.indexOf(unsentMarker);
    const report = mail.body.slice(0, end);
    const original = mail.body.slice(end + unsentMarker.length).replace(/^\s*\n/, '');
    const transcript = readTranscript(report, [unsentMarker]);
    const facts: RawFact[] = [];
    for (const line of transcript.results) {
      const result = resultLine.exec(line);
      const recipient = findAddress(result?.[1] ?? '');
      if (!result || !recipient) continue;
      const fact = emptyFact(recipient);
      const session = sessionFor(transcript.sessions, fact.recipient);
      const reply = session?.replies.find((r) => /^[45]/.test(r)) ?? '';
      fact.diagnosticCode = squeeze(reply ? `${result[2] ?? ''}: ${reply}` : (result[2] ?? ''));
      fact.command = session?.commands.at(-1) ?? '';
      fact.remoteMta = session?.host ?? '';
      fact.action = 'failed';
      facts.push(fact);
    }
    if (facts.length === 0) {
      // Only host-level lines ("421 example.com (smtp)... Deferred: ..."): the original's To says who.
      const deferred = transcript.results.find((r) => /^\d{3} \S+ \(smtp\)\.{3}/.test(r)) ?? '';
      const toLine = /^To:(.*)$/im.exec(original.slice(0, 8192))?.[1] ?? '';
      for (const recipient of findAddresses(toLine)) {
        const fact = emptyFact(recipient);
        fact.diagnosticCode = squeeze(deferred.replace(/^\d{3} \S+ \(smtp\)\.{3}\s*/, ''));
        fact.replyCode = /^(\d{3})/.exec(deferred)?.[1] ?? '';
        fact.action = /deferred/i.test(deferred) ? 'delayed' : 'failed';
        facts.push(fact);
      }
    }
    return facts.length > 0 ? { facts, inlineOriginal: original } : undefined;
  },
};
