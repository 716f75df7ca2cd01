import { runLhostCases } from '../harness';

// Expected results for tests/fixtures/eml/mfilter/ (provenance: tests/fixtures/README.md).
// Columns: recipient, reason, severity, status, reply code, SMTP command.
runLhostCases('mfilter', {
  '01-user-unknown': {
    kind: 'bounce',
    decoder: 'mfilter',
    recipients: [
      ['kawano@example.co.jp', 'userunknown', 'hard', '5.1.1', '550', 'RCPT'],
    ],
  },
});
