import { runLhostCases } from '../harness';

// Expected results for tests/fixtures/eml/x3/ (provenance: tests/fixtures/README.md).
// Columns: recipient, reason, severity, status, reply code, SMTP command.
runLhostCases('x3', {
  '01-no-such-user': {
    kind: 'bounce',
    decoder: 'x3',
    recipients: [
      ['kubota@example.co.jp', 'userunknown', 'hard', '5.3.0', '553', 'RCPT'],
    ],
  },
  // "was aborted after 5.0 hour(s)" with a "Routing:" detail (before: no recipient claimed by x3).
  '02-aborted-after-hours': {
    kind: 'bounce',
    decoder: 'x3',
    recipients: [
      ['nomura@example.com', 'expired', 'soft', '', '', ''],
    ],
  },
});
