import { runLhostCases } from '../harness';

// Expected results for tests/fixtures/eml/exim/ (provenance: tests/fixtures/README.md).
// Columns: recipient, reason, severity, status, reply code, SMTP command.
runLhostCases('exim', {
  '01-user-unknown': {
    kind: 'bounce',
    decoder: 'exim',
    recipients: [
      ['kimura@example.org', 'userunknown', 'hard', '5.1.1', '550', 'RCPT'],
    ],
  },
  '02-delay-warning': {
    kind: 'delayed',
    decoder: 'exim',
    recipients: [
      ['support@example.com', 'expired', 'soft', '4.7.1', '451', 'MAIL'],
    ],
  },
});
