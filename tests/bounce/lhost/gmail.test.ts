import { runLhostCases } from '../harness';

// Expected results for tests/fixtures/eml/gmail/ (provenance: tests/fixtures/README.md).
// Columns: recipient, reason, severity, status, reply code, SMTP command.
runLhostCases('gmail', {
  '01-address-not-found': {
    kind: 'bounce',
    decoder: 'gsuite',
    recipients: [
      ['suzuki.ichiro@exmaple.co.jp', 'hostunknown', 'hard', '5.1.2', '', ''],
    ],
  },
  '02-old-format-mailbox-full': {
    kind: 'bounce',
    decoder: 'gmail',
    recipients: [
      ['murakami@example.jp', 'mailboxfull', 'soft', '5.2.2', '550', 'RCPT'],
    ],
  },
  '03-old-format-delayed': {
    kind: 'delayed',
    decoder: 'gmail',
    recipients: [
      ['fujita@example.org', 'expired', 'soft', '', '', ''],
    ],
  },
  '04-user-unknown': {
    kind: 'bounce',
    decoder: 'gsuite',
    recipients: [
      ['ueda.shop@example.co.jp', 'userunknown', 'hard', '5.1.1', '550', ''],
    ],
  },
  // Quoted local parts with markup and atext-only oddities come out as the address text.
  '05-quoted-local-parts': {
    kind: 'bounce',
    decoder: 'gsuite',
    recipients: [
      ['"<script>alert(1)</script>"@example.org', 'userunknown', 'hard', '5.1.1', '550', ''],
      ["'onmouseover='alert`1`'@example.org", 'userunknown', 'hard', '5.1.1', '550', ''],
    ],
  },
  // No usable address anywhere: unparsed (tests/bounce/address.test.ts checks the cause), never a blank recipient.
  '06-recipient-unreadable': { kind: 'unparsed' },
});
