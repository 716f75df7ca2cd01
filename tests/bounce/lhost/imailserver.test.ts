import { runLhostCases } from '../harness';

// Expected results for tests/fixtures/eml/imailserver/ (provenance: tests/fixtures/README.md).
// Columns: recipient, reason, severity, status, reply code, SMTP command.
runLhostCases('imailserver', {
  '01-unknown-user': {
    kind: 'bounce',
    decoder: 'imailserver',
    recipients: [
      ['takagi@imail.example.org', 'userunknown', 'hard', '', '', ''],
    ],
  },
  // "undeliverable  to x" without a colon or a cause, no X-Mailer (before: no recipient).
  '02-undeliverable-to': {
    kind: 'bounce',
    decoder: 'imailserver',
    recipients: [
      ['kimura@imail.example.org', 'undefined', 'soft', '', '', ''],
    ],
  },
});
