import { runLhostCases } from '../harness';

// Expected results for tests/fixtures/eml/googlegroups/ (provenance: tests/fixtures/README.md).
// Columns: recipient, reason, severity, status, reply code, SMTP command.
runLhostCases('googlegroups', {
  '01-cannot-post': {
    kind: 'bounce',
    decoder: 'googlegroups',
    recipients: [
      ['study-group@googlegroups.com', 'rejected', 'soft', '', '', ''],
    ],
  },
});
