import { runLhostCases } from '../harness';

// Expected results for tests/fixtures/eml/notes/ (provenance: tests/fixtures/README.md).
// Columns: recipient, reason, severity, status, reply code, SMTP command.
runLhostCases('notes', {
  '01-not-in-directory': {
    kind: 'bounce',
    decoder: 'notes',
    recipients: [
      ['sugimoto@notes.example.co.jp', 'userunknown', 'hard', '', '', ''],
    ],
  },
});
