import { runLhostCases } from '../harness';

// Expected results for tests/fixtures/eml/apachejames/ (provenance: tests/fixtures/README.md).
// Columns: recipient, reason, severity, status, reply code, SMTP command.
runLhostCases('apachejames', {
  '01-no-such-user': {
    kind: 'bounce',
    decoder: 'apachejames',
    recipients: [
      ['5550100001@james.example.com', 'filtered', 'soft', '', '550', ''],
    ],
  },
});
