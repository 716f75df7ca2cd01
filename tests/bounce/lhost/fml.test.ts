import { runLhostCases } from '../harness';

// Expected results for tests/fixtures/eml/fml/ (provenance: tests/fixtures/README.md).
// Columns: recipient, reason, severity, status, reply code, SMTP command.
runLhostCases('fml', {
  '01-not-member': {
    kind: 'bounce',
    decoder: 'fml',
    recipients: [
      ['study@lists.example.org', 'rejected', 'soft', '', '', ''],
    ],
  },
});
