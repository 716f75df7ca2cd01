import { runLhostCases } from '../harness';

// Expected results for tests/fixtures/eml/activehunter/ (provenance: tests/fixtures/README.md).
// Columns: recipient, reason, severity, status, reply code, SMTP command.
runLhostCases('activehunter', {
  '01-no-mailbox': {
    kind: 'bounce',
    decoder: 'activehunter',
    recipients: [
      ['uchida@example.org', 'userunknown', 'hard', '5.1.1', '550', ''],
    ],
  },
});
