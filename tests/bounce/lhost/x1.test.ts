import { runLhostCases } from '../harness';

// Expected results for tests/fixtures/eml/x1/ (provenance: tests/fixtures/README.md).
// Columns: recipient, reason, severity, status, reply code, SMTP command.
runLhostCases('x1', {
  '01-user-unknown': {
    kind: 'bounce',
    decoder: 'x1',
    recipients: [
      ['matsui@example.org', 'filtered', 'soft', '', '', ''],
    ],
  },
});
