import { runLhostCases } from '../harness';

// Expected results for tests/fixtures/eml/rfc3834/ (provenance: tests/fixtures/README.md).
// Columns: recipient, reason, severity, status, reply code, SMTP command.
runLhostCases('rfc3834', {
  '01-out-of-office': {
    kind: 'auto-reply',
    decoder: 'rfc3834',
    recipients: [
      ['arai@example.co.jp', 'vacation', 'soft', '', '', ''],
    ],
  },
});
