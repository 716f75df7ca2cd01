/**
 * Apache James. "Error message below:" with the remote reply, then "Message details:" listing
 * the envelope ("RCPT TO: x@example.jp"); no delivery-status part.
 */
import { emptyFact, type DecodedMail } from '../fact';
import { valueAfterLabel } from '../scan';
import { findAddresses, squeeze } from '../text';
import type { Lhost } from './types';

// Line by line rather than /Error message below:\s*\n([\s\S]*?)\n\s*\n/, whose blank runs backtrack
// against the text after them (quadratic on a crafted body).

const isBlank = (line: string | undefined): boolean => line !== undefined && line.trim() === '';

/** The paragraph after "Error message below:" (which ends its line), up to the next blank line. */
function errorParagraph(lines: readonly string[]): string {
  const marker = 'Error message below:';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const at = line.lastIndexOf(marker);
    if (at < 0 || line.slice(at + marker.length).trim() !== '') continue;
    let start = i + 1;
    while (isBlank(lines[start])) start++;
    let end = start;
    while (end < lines.length && !isBlank(lines[end])) end++;
    // A blank line must follow (one that a line break ends); without one, no later marker has one either.
    return end < lines.length - 1 ? lines.slice(start, end).join('\n') : '';
  }
  return '';
}

export const apachejames: Lhost = {
  id: 'apachejames',
  detect: (mail) => mail.head.includes('error message below:') && mail.head.includes('message details:'),
  extract(mail): DecodedMail | undefined {
    const lines = mail.body.split('\n');
    const error = squeeze(errorParagraph(lines));
    const recipients = findAddresses(valueAfterLabel(lines, 'RCPT TO:', true));
    const facts = recipients.map((recipient) => ({ ...emptyFact(recipient), action: 'failed', diagnosticCode: error }));
    return facts.length > 0 ? { facts } : undefined;
  },
};
