/**
 * Hostile inputs of issue 11, built here (nothing copied from a corpus): each is a mail shaped
 * for one of the patterns or costs that used to have a super-linear worst case. Shared by the
 * hostile-input suite, the mutation fuzz and `scripts/bench/hostile.mjs` (before/after figures).
 */

const dsnHeaders = [
  'From: Mail Delivery System <MAILER-DAEMON@mx.example.net>',
  'To: sender@example.jp',
  'Subject: Undelivered Mail Returned to Sender',
  'MIME-Version: 1.0',
].join('\n');

/** A multipart/report whose text part is `text` (and a delivery-status part, so rfc3464 reads it). */
export function reportWith(text: string): string {
  return [
    dsnHeaders,
    'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"',
    '',
    '--b1',
    'Content-Type: text/plain; charset=utf-8',
    '',
    text,
    '--b1',
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; mx.example.net',
    '',
    'Final-Recipient: rfc822; user@example.org',
    'Action: failed',
    'Status: 5.1.1',
    'Diagnostic-Code: smtp; 550 5.1.1 user unknown',
    '',
    '--b1--',
    '',
  ].join('\n');
}

/** A plain bounce (no delivery-status part) whose body is `body`. */
export function plainBounce(subject: string, body: string): string {
  return [dsnHeaders.replace('Undelivered Mail Returned to Sender', subject), 'Content-Type: text/plain; charset=utf-8', '', body, ''].join('\n');
}

/** Repeats `unit` until the text is about `bytes` long. */
function fill(unit: string, bytes: number): string {
  return unit.repeat(Math.max(1, Math.floor(bytes / unit.length)));
}

export interface HostileCase {
  readonly name: string;
  /** What the input is built for (the pattern or cost it used to hit). */
  readonly target: string;
  readonly mail: () => string;
}

export const hostileCases: readonly HostileCase[] = [
  {
    name: 'Dovecot-style rejection, 36 KB',
    target: 'lhost/rfc3464 /Your message to <[^>]*> was automatically rejected:\\s*\\n\\s*([^\\n]+)/ (cubic)',
    mail: () => reportWith(`${fill('Your message to <', 18_000)}> was automatically rejected:${'\n'.repeat(18_000)}`),
  },
  {
    name: 'sendmail transcript line, 8 KB',
    target: 'lhost/sendmail detect /^>>> \\S+@\\S+ <\\S+@\\S+>/m (cubic)',
    mail: () =>
      plainBounce(
        'Returned mail: see transcript for details',
        `   ----- The following addresses had permanent fatal errors -----\n<user@example.org>\n\n   ----- Transcript of session follows -----\n>>> ${'@'.repeat(4000)} <${'@'.repeat(4000)}\n`,
      ),
  },
  {
    name: '10,000 sibling MIME parts (about 740 KB)',
    target: 'postal-mime: one node per part (14.8 s)',
    mail: () =>
      [dsnHeaders, 'Content-Type: multipart/mixed; boundary="p"', '', ...Array.from({ length: 10_000 }, (_, i) => `--p\nContent-Type: text/plain\n\nfailure notice part ${i} for user@example.org.\n`), '--p--', ''].join('\n'),
  },
  {
    name: '100,000 header fields',
    target: 'postal-mime: one entry per header field',
    mail: () => `${fill('X-Junk: a\n', 1_000_000)}${dsnHeaders}\n\nThis is a failure notice for user@example.org.\n`,
  },
  {
    name: 'Domino section with blank runs',
    target: 'lhost/domino /was not delivered to:\\s*\\n\\s*(\\S+)\\s*\\n\\s*because:.../ (cubic)',
    mail: () => plainBounce('DELIVERY FAILURE: User not listed', `was not delivered to:${'\n'.repeat(3000)}\nbecause:\t${'\n'.repeat(3000)}\n`),
  },
  {
    name: 'Zoho line of ERROR_CODE repeats',
    target: 'lhost/zoho /^(\\S+@\\S+) (.*ERROR_CODE.*)$/ (cubic)',
    mail: () => plainBounce('Undelivered Mail', `${'@'.repeat(2000)} ${fill('ERROR_CODE', 8000)}\n`),
  },
  {
    name: 'address runs of "@" (recheck attack for \\S+@\\S+)',
    target: 'lhost/{gmail,notes,messagelabs,x3,exim,mfilter} /^\\s*(\\S+@\\S+)\\s*$/ and ADDRESS_PATTERN',
    mail: () => reportWith(Array.from({ length: 30 }, () => ` ${'@'.repeat(8000)}\t`).join('\n')),
  },
  {
    name: 'KDDI opener repeats without ">"',
    target: 'lhost/kddi /Could not be delivered to:\\s*<([^>]+)>([\\s\\S]*?)(?:\\n\\s*\\n|$)/i',
    mail: () => plainBounce('メールエラー通知', fill('Could not be delivered to: <\n', 200_000)),
  },
  {
    name: 'HTML notice with a long blank run',
    target: 'html.ts /[ \\t\\u00a0]+\\n/g (quadratic)',
    mail: () => [dsnHeaders, 'Content-Type: text/html; charset=utf-8', '', `<p>Delivery has failed to these recipients or groups: user@example.org</p>${' '.repeat(200_000)}x`, ''].join('\n'),
  },
  {
    name: 'Exchange "Reported error:" with a blank run',
    target: 'lhost/exchange2007 /reported error:\\s*(.+)$/i (quadratic)',
    mail: () => plainBounce('Undeliverable: hello', `Delivery has failed to these recipients or groups:\n\nuser@example.org\n\nReported error:${' '.repeat(100_000)}Reported error:\nx\n`),
  },
  {
    name: 'lines of "ON \\r" (recheck attack for the forward marker)',
    target: 'text.ts unquoteForwarded /^(?:…|on [^\\n]{1,300} wrote:)\\s*$/im (degree 4 by recheck)',
    mail: () => plainBounce('Returned mail', `${'ON \r'.repeat(60_000)}\n`),
  },
];

/** The Outlook sender of issue 11: a quoted local part of 2,000 "@" (lib/webmail/dom.ts findAddress). */
export const manyAtSender = `"${'@'.repeat(2000)}"@evil.example`;
