import { runLhostCases } from '../harness';

// Expected results for tests/fixtures/eml/arf/ (provenance: tests/fixtures/README.md).
// Columns: recipient, reason, severity, status, reply code, SMTP command.
runLhostCases('arf', {
  '01-abuse-report': {
    kind: 'feedback',
    decoder: 'arf',
    recipients: [
      ['reader-0042@isp.example.net', 'feedback', 'soft', '', '', ''],
    ],
  },
});
