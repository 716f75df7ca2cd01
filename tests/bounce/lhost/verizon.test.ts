import { runLhostCases } from '../harness';

// Expected results for tests/fixtures/eml/verizon/ (provenance: tests/fixtures/README.md).
// Columns: recipient, reason, severity, status, reply code, SMTP command.
runLhostCases('verizon', {
  '01-no-valid-recipients': {
    kind: 'bounce',
    decoder: 'verizon',
    recipients: [
      ['5550100000@vzwpix.com', 'userunknown', 'hard', '', '', ''],
    ],
  },
});
