import { runLhostCases } from '../harness';

// Expected results for tests/fixtures/eml/v5sendmail/ (provenance: tests/fixtures/README.md).
// Columns: recipient, reason, severity, status, reply code, SMTP command.
runLhostCases('v5sendmail', {
  '01-host-unknown': {
    kind: 'bounce',
    decoder: 'v5sendmail',
    recipients: [
      ['abe@example.net', 'hostunknown', 'hard', '', '550', ''],
    ],
  },
});
