import { runLhostCases } from '../harness';

// Expected results for tests/fixtures/eml/qmail/ (provenance: tests/fixtures/README.md).
// Columns: recipient, reason, severity, status, reply code, SMTP command.
runLhostCases('qmail', {
  '01-no-mailbox': {
    kind: 'bounce',
    decoder: 'qmail',
    recipients: [
      ['yoshida@example.com', 'userunknown', 'hard', '5.1.1', '550', 'RCPT'],
    ],
  },
  '02-quoted-local-part': {
    kind: 'bounce',
    decoder: 'qmail',
    recipients: [
      ['"<img src=x onerror=alert(1)>"@example.com', 'userunknown', 'hard', '5.1.1', '550', 'RCPT'],
    ],
  },
});
