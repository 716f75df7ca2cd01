import { runLhostCases } from '../harness';

// Expected results for tests/fixtures/eml/mcafee/ (provenance: tests/fixtures/README.md).
// Columns: recipient, reason, severity, status, reply code, SMTP command.
runLhostCases('mcafee', {
  '01-no-such-user': {
    kind: 'bounce',
    decoder: 'mcafee',
    recipients: [
      ['hamada@example.com', 'userunknown', 'hard', '', '550', ''],
    ],
  },
});
