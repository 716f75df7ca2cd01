/**
 * m-FILTER (Digital Arts, a Japanese mail gateway; X-Mailer: m-FILTER). A Japanese preamble,
 * the failed address on its own line, then "-------server message" with the remote reply and
 * "-------SMTP command" with the command it answered; no delivery-status part.
 */
import { emptyFact, type DecodedMail, type RawFact } from '../fact';
import { headerOf } from '../mail';
import { commandOfWord } from '../smtp';
import { findAddress, splitLines, squeeze } from '../text';
import type { Lhost } from './types';

export const mfilter: Lhost = {
  id: 'mfilter',
  detect: (mail) => /^m-filter/i.test(headerOf(mail.headers, 'x-mailer')) || (mail.head.includes('-------server message') && mail.head.includes('-------smtp command')),
  extract(mail): DecodedMail | undefined {
    const end = mail.body.indexOf('-------original message');
    const report = end < 0 ? mail.body : mail.body.slice(0, end);
    const facts: RawFact[] = [];
    let section = '';
    const server: string[] = [];
    let command = '';
    for (const line of splitLines(report)) {
      const marker = /^-{7}(server message|SMTP command)/.exec(line)?.[1];
      if (marker) {
        section = marker;
        continue;
      }
      const trimmed = line.trim();
      if (!trimmed) continue;
      if (section === 'server message') server.push(trimmed);
      else if (section === 'SMTP command') command ||= commandOfWord(trimmed);
      else if (/^[^\s@]+@\S+$/.test(trimmed)) facts.push({ ...emptyFact(findAddress(trimmed)), action: 'failed' });
    }
    for (const fact of facts) {
      fact.diagnosticCode = squeeze(server.join(' '));
      fact.command = command;
    }
    return facts.length > 0 ? { facts } : undefined;
  },
};
