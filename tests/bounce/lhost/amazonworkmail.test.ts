import { runLhostCases } from '../harness';

// Expected results for tests/fixtures/eml/amazonworkmail/ (provenance: tests/fixtures/README.md).
// Columns: recipient, reason, severity, status, reply code, SMTP command.
runLhostCases('amazonworkmail', {
  '01-expired': {
    kind: 'bounce',
    decoder: 'amazonworkmail',
    recipients: [
      ['sugiyama@example.org', 'expired', 'soft', '4.4.2', '421', ''],
    ],
  },
});
