import { runLhostCases } from '../harness';

// Expected results for tests/fixtures/eml/opensmtpd/ (provenance: tests/fixtures/README.md).
// Columns: recipient, reason, severity, status, reply code, SMTP command.
runLhostCases('opensmtpd', {
  '01-user-unknown': {
    kind: 'bounce',
    decoder: 'opensmtpd',
    recipients: [
      ['goto@example.com', 'userunknown', 'hard', '5.1.1', '550', ''],
    ],
  },
});
