import { runLhostCases } from '../harness';

// Expected results for tests/fixtures/eml/exchange2003/ (provenance: tests/fixtures/README.md).
// Columns: recipient, reason, severity, status, reply code, SMTP command.
runLhostCases('exchange2003', {
  '01-unknown-recipient': {
    kind: 'bounce',
    decoder: 'exchange2003',
    recipients: [
      ['matsuda@example.net', 'userunknown', 'hard', '', '', ''],
    ],
  },
});
