import { runLhostCases } from '../harness';

// Expected results for tests/fixtures/eml/exchange2003/ (provenance: tests/fixtures/README.md).
// Columns: recipient, reason, severity, status, reply code, SMTP command.
runLhostCases('exchange2003', {
  '01-unknown-recipient': {
    kind: 'bounce',
    decoder: 'exchange2003',
    recipients: [
      ['matsuda@example.net', 'userunknown', 'hard', '', '', ''],
    ],
  },
  // Exchange 5.5's X.400 recipient line ("...;dda:SMTP=x@example.net; on <date>") and a second
  // MSEXCH code of Sisimai Lhost/Exchange2003.pm's table (before: the "To:" of the summary was taken).
  '02-x400-dda-address': {
    kind: 'bounce',
    decoder: 'exchange2003',
    recipients: [
      ['okada@example.net', 'userunknown', 'hard', '', '', ''],
      ['ueda@example.net', 'networkerror', 'soft', '', '', ''],
    ],
  },
});
