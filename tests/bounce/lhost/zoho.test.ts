import { runLhostCases } from '../harness';

// Expected results for tests/fixtures/eml/zoho/ (provenance: tests/fixtures/README.md).
// Columns: recipient, reason, severity, status, reply code, SMTP command.
runLhostCases('zoho', {
  '01-invalid-address': {
    kind: 'bounce',
    decoder: 'zoho',
    recipients: [
      ['hirose@example.org', 'filtered', 'soft', '', '550', ''],
    ],
  },
});
