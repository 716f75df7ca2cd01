import { runLhostCases } from '../harness';

// Expected results for tests/fixtures/eml/powermta/ (provenance: tests/fixtures/README.md).
// Columns: recipient, reason, severity, status, reply code, SMTP command.
runLhostCases('powermta', {
  '01-bad-mailbox': {
    kind: 'bounce',
    decoder: 'powermta',
    recipients: [
      ['oshima@example.jp', 'userunknown', 'hard', '5.2.1', '550', ''],
    ],
  },
});
