/**
 * "X6", an unidentified MTA (Sisimai's name): "We had trouble delivering your message. Full
 * details follow:", then "The following recipients returned permanent errors: x@example.jp.
 * Reason: SMTP Server <192.0.2.1> refused to accept your message (DATA), with the following
 * error message: [554 ...]"; the original headers come as a text attachment.
 */
import { emptyFact, type DecodedMail } from '../fact';
import { commandOfWord } from '../smtp';
import { findAddresses, squeeze } from '../text';
import type { Lhost } from './types';

/**
 * "The following recipients returned permanent errors: <list>. Reason: <reason>" on one line. Read
 * with indexOf: /... errors: (.+?)\. Reason: ([^\n]+)/ rescanned the line from every repeat of
 * its opener (quadratic).
 */
function failureLine(body: string): { recipients: string; reason: string } | undefined {
  const lineBreak = /[\n\r\u2028\u2029]/g;
  let failedLineEnd = -1;
  for (const opener of body.matchAll(/The following recipients returned (?:permanent|temporary) errors: /g)) {
    // A later opener on a line where one failed fails too: what follows it is a part of the same.
    if (opener.index < failedLineEnd) continue;
    const start = opener.index + opener[0].length;
    lineBreak.lastIndex = start;
    const lineEnd = lineBreak.exec(body)?.index ?? body.length;
    const line = body.slice(start, lineEnd);
    for (let at = line.indexOf('. Reason: ', 1); at >= 0; at = line.indexOf('. Reason: ', at + 1)) {
      // [^\n]+ went on past a carriage return; the reason is squeezed afterwards.
      const reasonStart = start + at + '. Reason: '.length;
      const reasonEnd = body.indexOf('\n', reasonStart);
      const reason = body.slice(reasonStart, reasonEnd < 0 ? body.length : reasonEnd);
      if (reason) return { recipients: line.slice(0, at), reason };
    }
    failedLineEnd = lineEnd;
  }
  return undefined;
}

export const x6: Lhost = {
  id: 'x6',
  detect: (mail) => mail.head.includes('we had trouble delivering your message. full details follow:'),
  extract(mail): DecodedMail | undefined {
    const failure = failureLine(mail.body);
    if (!failure) return undefined;
    const reason = squeeze(failure.reason);
    const command = commandOfWord(/refused to accept your message \((\w+)\)/.exec(reason)?.[1] ?? '');
    // Up to the last "]" (the reply may hold brackets); the reason is squeezed, so one line.
    const opener = reason.indexOf('error message: [');
    const closer = reason.lastIndexOf(']');
    const reply = opener >= 0 && closer > opener + 'error message: ['.length ? reason.slice(opener + 'error message: ['.length, closer) : reason;
    const facts = findAddresses(failure.recipients).map((recipient) => ({ ...emptyFact(recipient), action: 'failed', command, diagnosticCode: reply }));
    return facts.length > 0 ? { facts } : undefined;
  },
};
