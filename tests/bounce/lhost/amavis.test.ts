import { runLhostCases } from '../harness';

// Expected results for tests/fixtures/eml/amavis/ (provenance: tests/fixtures/README.md).
// Columns: recipient, reason, severity, status, reply code, SMTP command.
runLhostCases('amavis', {
  '01-bad-header': {
    kind: 'bounce',
    decoder: 'amavis',
    recipients: [['mori@example.jp', 'contenterror', 'soft', '5.6.3', '554', '']],
  },
  '02-infected': {
    kind: 'bounce',
    decoder: 'amavis',
    recipients: [['mori@example.jp', 'virusdetected', 'soft', '5.7.0', '554', '']],
  },
});
