/**
 * "X1", an unidentified MTA (Sisimai's name; seen at Japanese ISPs, "Mail Deliver System"):
 * "---The following addresses had delivery errors---" then "x@example.jp [reason]" lines, with
 * no delivery-status part.
 */
import { emptyFact, type DecodedMail, type RawFact } from '../fact';
import { findAddress, splitLines } from '../text';
import type { Lhost } from './types';

const listMarker = 'The following addresses had delivery errors';

export const x1: Lhost = {
  id: 'x1',
  detect: (mail) => /^returned mail: /i.test(mail.subject) && mail.body.includes(`---${listMarker}---`),
  extract(mail): DecodedMail | undefined {
    const facts: RawFact[] = [];
    for (const line of splitLines(mail.body.slice(mail.body.indexOf(listMarker)))) {
      const failure = /^([^\s@]+@\S+) \[(.+)\]\s*$/.exec(line.trim());
      if (failure?.[1]) facts.push({ ...emptyFact(findAddress(failure[1])), action: 'failed', diagnosticCode: failure[2] ?? '' });
    }
    return facts.length > 0 ? { facts } : undefined;
  },
};
