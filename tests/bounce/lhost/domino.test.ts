import { runLhostCases } from '../harness';

// Expected results for tests/fixtures/eml/domino/ (provenance: tests/fixtures/README.md).
// Columns: recipient, reason, severity, status, reply code, SMTP command.
runLhostCases('domino', {
  '01-not-listed': {
    kind: 'bounce',
    decoder: 'domino',
    recipients: [
      ['miura@domino.example.jp', 'userunknown', 'hard', '', '', ''],
    ],
  },
});
