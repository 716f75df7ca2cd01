import { runLhostCases } from '../harness';

// Expected results for tests/fixtures/eml/trendmicro/ (provenance: tests/fixtures/README.md).
// Columns: recipient, reason, severity, status, reply code, SMTP command.
runLhostCases('trendmicro', {
  '01-session-log': {
    kind: 'bounce',
    decoder: 'trendmicro',
    recipients: [
      ['ueno@example.co.jp', 'userunknown', 'hard', '5.1.1', '550', 'RCPT'],
    ],
  },
});
