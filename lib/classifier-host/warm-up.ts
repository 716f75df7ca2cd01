/**
 * A bounce of our own (RFC 3464, example.com / 192.0.2.x) that a new worker classifies once
 * as it starts, before any job: a worker that has only loaded its bundle still compiles the
 * parser and the decoders lazily on its first mail (Chromium, 2.8 KB Gmail bounce: 22 ms for
 * the first job of a worker loaded 0.5 s before, 6.5 ms for later ones; docs/webmail-integration.md).
 * The warm-up pays that while the worker waits, so the first real bounce does not.
 */
export const WARM_UP_BOUNCE = [
  'From: Mail Delivery System <MAILER-DAEMON@mx.example.com>',
  'To: sender@example.com',
  'Subject: Undelivered Mail Returned to Sender',
  'Date: Fri, 04 Dec 2026 09:00:00 +0900',
  'Message-ID: <warm-up@mx.example.com>',
  'MIME-Version: 1.0',
  'Content-Type: multipart/report; report-type=delivery-status; boundary="warm"',
  '',
  '--warm',
  'Content-Type: text/plain; charset=us-ascii',
  '',
  'This is the mail system at host mx.example.com.',
  '',
  "I'm sorry to have to inform you that your message could not be delivered.",
  '',
  '<nobody@example.com>: host mx.example.com[192.0.2.25] said: 550 5.1.1 <nobody@example.com>:',
  '    Recipient address rejected: User unknown (in reply to RCPT TO command)',
  '',
  '--warm',
  'Content-Type: message/delivery-status',
  '',
  'Reporting-MTA: dns; mx.example.com',
  '',
  'Final-Recipient: rfc822; nobody@example.com',
  'Action: failed',
  'Status: 5.1.1',
  'Remote-MTA: dns; mx.example.com',
  'Diagnostic-Code: smtp; 550 5.1.1 <nobody@example.com>: Recipient address rejected: User unknown',
  '',
  '--warm',
  'Content-Type: text/rfc822-headers',
  '',
  'From: sender@example.com',
  'To: nobody@example.com',
  'Subject: warm-up',
  'Message-ID: <original@example.com>',
  '',
  '--warm--',
  '',
].join('\r\n');
