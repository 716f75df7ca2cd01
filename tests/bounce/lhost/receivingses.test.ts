import { runLhostCases } from '../harness';

// Expected results for tests/fixtures/eml/receivingses/ (provenance: tests/fixtures/README.md).
// Columns: recipient, reason, severity, status, reply code, SMTP command.
runLhostCases('receivingses', {
  '01-mailbox-full': {
    kind: 'bounce',
    decoder: 'receivingses',
    recipients: [
      ['box@inbound.example.jp', 'mailboxfull', 'soft', '5.2.2', '552', ''],
    ],
  },
});
