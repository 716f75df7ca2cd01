import { runLhostCases } from '../harness';

// Expected results for tests/fixtures/eml/office365/ (provenance: tests/fixtures/README.md).
// Columns: recipient, reason, severity, status, reply code, SMTP command.
runLhostCases('office365', {
  '01-recipient-not-found': {
    kind: 'bounce',
    decoder: 'office365',
    recipients: [
      ['ishida@example.com', 'userunknown', 'hard', '5.1.10', '550', ''],
    ],
  },
});
