import { runLhostCases } from '../harness';

// Expected results for tests/fixtures/eml/x5/ (provenance: tests/fixtures/README.md).
// Columns: recipient, reason, severity, status, reply code, SMTP command.
runLhostCases('x5', {
  '01-returned-bounce': {
    kind: 'bounce',
    decoder: 'x5',
    recipients: [
      ['taniguchi@example.org', 'userunknown', 'hard', '5.1.1', '550', ''],
    ],
  },
});
