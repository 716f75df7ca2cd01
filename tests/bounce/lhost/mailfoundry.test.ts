import { runLhostCases } from '../harness';

// Expected results for tests/fixtures/eml/mailfoundry/ (provenance: tests/fixtures/README.md).
// Columns: recipient, reason, severity, status, reply code, SMTP command.
runLhostCases('mailfoundry', {
  '01-over-quota': {
    kind: 'bounce',
    decoder: 'mailfoundry',
    recipients: [
      ['sakamoto@example.org', 'mailboxfull', 'soft', '5.1.1', '552', ''],
    ],
  },
});
