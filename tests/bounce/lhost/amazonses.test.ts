import { runLhostCases } from '../harness';

// Expected results for tests/fixtures/eml/amazonses/ (provenance: tests/fixtures/README.md).
// Columns: recipient, reason, severity, status, reply code, SMTP command.
runLhostCases('amazonses', {
  '01-bounce-notification': {
    kind: 'bounce',
    decoder: 'amazonses',
    recipients: [
      ['nishimura@example.org', 'userunknown', 'hard', '5.1.1', '550', ''],
    ],
  },
});
