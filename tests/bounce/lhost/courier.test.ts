import { runLhostCases } from '../harness';

// Expected results for tests/fixtures/eml/courier/ (provenance: tests/fixtures/README.md).
// Columns: recipient, reason, severity, status, reply code, SMTP command.
runLhostCases('courier', {
  '01-data-rejected': {
    kind: 'bounce',
    decoder: 'courier',
    recipients: [
      ['morita@example.jp', 'rejected', 'soft', '5.7.1', '550', 'DATA'],
    ],
  },
});
