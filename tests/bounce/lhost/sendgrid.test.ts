import { runLhostCases } from '../harness';

// Expected results for tests/fixtures/eml/sendgrid/ (provenance: tests/fixtures/README.md).
// Columns: recipient, reason, severity, status, reply code, SMTP command.
runLhostCases('sendgrid', {
  '01-user-unknown': {
    kind: 'bounce',
    decoder: 'sendgrid',
    recipients: [['ishii@example.org', 'userunknown', 'hard', '5.1.1', '550', 'RCPT']],
  },
  '02-expired': {
    kind: 'bounce',
    decoder: 'sendgrid',
    recipients: [['ishii@example.org', 'expired', 'soft', '4.4.7', '', '']],
  },
});
