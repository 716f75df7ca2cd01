/**
 * Microsoft Exchange 5.5 to 2003 ("Internet Mail Service", "Internet Mail Connector"). No
 * delivery-status part: "did not reach the following recipient(s):" (or "The following
 * recipient(s) could not be reached:"), each address followed by "on <date>", then indented
 * lines with the reason and an "MSEXCH:IMS:..." diagnostic whose hexadecimal code names it.
 */
import { emptyFact, type DecodedMail, type RawFact } from '../fact';
import { headerOf, type ParsedMail } from '../mail';
import type { ReasonId } from '../reasons/taxonomy';
import { findAddress, splitLines, squeeze } from '../text';
import type { Lhost } from './types';

/** Exchange 2003 diagnostic codes (MSEXCH:IMS ... (000C05A6)) and their meaning (Sisimai lhost/exchange2003 behaviour). */
const exchangeCodes: Readonly<Record<string, ReasonId>> = {
  '000C05A6': 'userunknown', // unknown recipient
  '000C0595': 'filtered', // ambiguous recipient
  '000B099C': 'onhold', // host unknown, size limit, ...: Exchange's code says too little
  '000B09AA': 'onhold',
  '000B09B6': 'onhold',
  '00010256': 'systemerror', // too many recipients
  '000D06B5': 'systemerror', // no proxy for the recipient
  '00120270': 'networkerror', // too many hops
  '00050311': 'contenterror', // conversion to Internet format failed
  '000502CC': 'contenterror',
  '000B0981': 'securityerror', // 502 server does not support AUTH
};

/**
 * A recipient line: "x@example.com on <date>", or Exchange 5.5's X.400 form with the SMTP address
 * in its dda field, "c=US;a= ;p=Org;o=Site;dda:SMTP=x@example.com; on <date>" (Sisimai
 * Lhost/Exchange2003.pm reads the address after "SMTP=").
 */
function recipientOfLine(line: string): string | undefined {
  const smtp = line.toLowerCase().indexOf('smtp=');
  return /^\s*([^\s@;]+@[^\s;]+);?\s+on\s/.exec(smtp >= 0 ? line.slice(smtp + 5) : line)?.[1];
}

const listOpener = /(?:did not reach the following recipient\(s\):|the following recipient\(s\) could not be reached:)/i;
/** The same, for ParsedMail.head (already lowercased: a case-sensitive scan is the cheaper one). */
const listOpenerLowered = /did not reach the following recipient\(s\):|the following recipient\(s\) could not be reached:/;

function isExchange2003(mail: ParsedMail): boolean {
  const mailer = headerOf(mail.headers, 'x-mailer');
  // The short fields first; the list opener's scan of the text only when one of them fits.
  // (X-MimeOLE "Produced By Microsoft Exchange" and X-MS-Embedded-Report: Sisimai Lhost/Exchange2003.pm.)
  return (
    (/internet mail service|internet mail connector|microsoft exchange/i.test(mailer) ||
      /^undeliverable/i.test(mail.subject) ||
      /^produced by microsoft exchange/i.test(headerOf(mail.headers, 'x-mimeole')) ||
      mail.headers.has('x-ms-embedded-report') ||
      mail.body.includes('MSEXCH:')) &&
    listOpenerLowered.test(mail.head)
  );
}

export const exchange2003: Lhost = {
  id: 'exchange2003',
  detect: isExchange2003,
  extract(mail): DecodedMail | undefined {
    const opener = listOpener.exec(mail.body);
    if (!opener) return undefined;
    const facts: RawFact[] = [];
    let current: { fact: RawFact; lines: string[] } | null = null;
    const finish = (): void => {
      if (!current) return;
      const text = squeeze(current.lines.join(' '));
      const code = /\(([0-9A-F]{8})\)/.exec(text)?.[1] ?? '';
      const reason = exchangeCodes[code];
      // Exchange puts a short summary after the MSEXCH line ("Unknown Recipient"); it is the
      // clearest wording, the rest is Exchange's own diagnostics.
      // (The text is squeezed: one line, so what follows the first code is the summary.)
      const codeAt = /\([0-9A-F]{8}\)/.exec(text);
      current.fact.diagnosticCode = (codeAt && text.slice(codeAt.index + codeAt[0].length).trimStart()) || text;
      if (reason) {
        current.fact.reason = reason;
        current.fact.reasonMatched = code;
      }
      facts.push(current.fact);
      current = null;
    };
    for (const line of splitLines(mail.body.slice(opener.index + opener[0].length))) {
      if (/^-{6}|^Content-Type:/i.test(line)) break;
      const recipient = recipientOfLine(line);
      if (recipient) {
        finish();
        current = { fact: { ...emptyFact(findAddress(recipient)), action: 'failed' }, lines: [] };
        continue;
      }
      if (current && line.trim()) current.lines.push(line.trim());
    }
    finish();
    if (facts.length === 1 && facts[0] && !facts[0].reason) facts[0].diagnosticCode = squeeze(`${opener[0]} ${facts[0].diagnosticCode}`);
    return facts.length > 0 ? { facts } : undefined;
  },
};
