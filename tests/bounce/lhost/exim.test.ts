import { runLhostCases } from '../harness';

// Expected results for tests/fixtures/eml/exim/ (provenance: tests/fixtures/README.md).
// Columns: recipient, reason, severity, status, reply code, SMTP command.
runLhostCases('exim', {
  '01-user-unknown': {
    kind: 'bounce',
    decoder: 'exim',
    recipients: [
      ['kimura@example.org', 'userunknown', 'hard', '5.1.1', '550', 'RCPT'],
    ],
  },
  '02-delay-warning': {
    kind: 'delayed',
    decoder: 'exim',
    recipients: [
      // Still queued, but the refusal itself is 4.7.1, which Sisimai SMTP/Status.pm reads as blocked.
      ['support@example.com', 'blocked', 'soft', '4.7.1', '451', 'MAIL'],
    ],
  },
  '03-quoted-local-parts': {
    kind: 'bounce',
    decoder: 'exim',
    recipients: [
      ['"<script>alert(1)</script>"@example.org', 'userunknown', 'hard', '5.1.1', '550', 'RCPT'],
      ["'onmouseover='alert`1`'@example.org", 'mailboxfull', 'soft', '5.2.2', '552', 'DATA'],
    ],
  },
  // moan.c's notice for an address Exim could not parse.
  '04-malformed-address': {
    kind: 'bounce',
    decoder: 'exim',
    recipients: [
      ['kimura@example.org', 'syntaxerror', 'soft', '', '', ''],
    ],
  },
  // A given-up address in a bounce is a failure, not a delay, even when the cause is the retry time.
  '05-retry-time-not-reached': {
    kind: 'bounce',
    decoder: 'exim',
    recipients: [
      ['nakano@example.org', 'expired', 'soft', '', '', ''],
    ],
  },
  // "an undisclosed address (generated from x)": the address the sender wrote, no cause given
  // (undefined, as Sisimai labels it; before: no recipient, unparsed).
  '06-undisclosed-generated-from': {
    kind: 'bounce',
    decoder: 'exim',
    recipients: [
      ['okamoto@example.net', 'undefined', 'soft', '', '', ''],
    ],
  },
});
