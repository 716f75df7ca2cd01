import { runLhostCases } from '../harness';

// Expected results for tests/fixtures/eml/rfc3464/ (provenance: tests/fixtures/README.md).
// Columns: recipient, reason, severity, status, reply code, SMTP command.
runLhostCases('rfc3464', {
  '01-mailbox-full': {
    kind: 'bounce',
    decoder: 'rfc3464',
    recipients: [
      ['tanaka.yuki@example.net', 'mailboxfull', 'soft', '5.2.2', '552', ''],
    ],
  },
  '02-delayed': {
    kind: 'delayed',
    decoder: 'rfc3464',
    recipients: [
      ['info@example.org', 'expired', 'soft', '4.4.1', '421', ''],
    ],
  },
  '03-delivered': {
    kind: 'delivered',
    decoder: 'rfc3464',
    recipients: [
      ['sales@example.org', 'delivered', 'soft', '2.0.0', '250', ''],
    ],
  },
  '04-too-large-with-attachment': {
    kind: 'bounce',
    decoder: 'rfc3464',
    recipients: [
      ['ikeda@example.org', 'emailtoolarge', 'soft', '5.3.4', '552', ''],
    ],
  },
  '05-local-delivery-agent': {
    kind: 'bounce',
    decoder: 'rfc3464',
    recipients: [['yasuda@example.jp', 'userunknown', 'hard', '5.0.0', '', '']],
  },
});
