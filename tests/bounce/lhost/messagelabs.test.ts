import { runLhostCases } from '../harness';

// Expected results for tests/fixtures/eml/messagelabs/ (provenance: tests/fixtures/README.md).
// Columns: recipient, reason, severity, status, reply code, SMTP command.
runLhostCases('messagelabs', {
  '01-no-such-user': {
    kind: 'bounce',
    decoder: 'messagelabs',
    recipients: [
      ['yokoyama@example.org', 'userunknown', 'hard', '', '550', ''],
    ],
  },
});
