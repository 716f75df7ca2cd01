import { runLhostCases } from '../harness';

// Expected results for tests/fixtures/eml/exchange2007/ (provenance: tests/fixtures/README.md).
// Columns: recipient, reason, severity, status, reply code, SMTP command.
runLhostCases('exchange2007', {
  '01-recipnotfound': {
    kind: 'bounce',
    decoder: 'exchange2007',
    recipients: [
      ['takeda@example.co.jp', 'userunknown', 'hard', '5.1.1', '550', ''],
    ],
  },
});
