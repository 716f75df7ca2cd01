import { runLhostCases } from '../harness';

// Expected results for tests/fixtures/eml/dragonfly/ (provenance: tests/fixtures/README.md).
// Columns: recipient, reason, severity, status, reply code, SMTP command.
runLhostCases('dragonfly', {
  '01-mailbox-full': {
    kind: 'bounce',
    decoder: 'dragonfly',
    recipients: [
      ['ishikawa@example.org', 'mailboxfull', 'soft', '5.2.2', '552', 'RCPT'],
    ],
  },
  '02-dns-failure': {
    kind: 'bounce',
    decoder: 'dragonfly',
    recipients: [
      ['sakai@nomail.example.org', 'hostunknown', 'hard', '', '', ''],
    ],
  },
});
