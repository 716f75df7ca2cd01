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

export const x6: Lhost = {
  id: 'x6',
  detect: (mail) => mail.head.includes('we had trouble delivering your message. full details follow:'),
  extract(mail): DecodedMail | undefined {
    const failure = /The following recipients returned (?:permanent|temporary) errors: (.+?)\. Reason: ([^\n]+)/.exec(mail.body);
    if (!failure?.[1]) return undefined;
    const reason = squeeze(failure[2] ?? '');
    const command = commandOfWord(/refused to accept your message \((\w+)\)/.exec(reason)?.[1] ?? '');
    const reply = /error message: \[(.+)\]/.exec(reason)?.[1] ?? reason;
    const facts = findAddresses(failure[1]).map((recipient) => ({ ...emptyFact(recipient), action: 'failed', command, diagnosticCode: reply }));
    return facts.length > 0 ? { facts } : undefined;
  },
};
