import { runLhostCases } from '../harness';

// Expected results for tests/fixtures/eml/messagingserver/ (provenance: tests/fixtures/README.md).
// Columns: recipient, reason, severity, status, reply code, SMTP command.
runLhostCases('messagingserver', {
  '01-over-quota': {
    kind: 'bounce',
    decoder: 'messagingserver',
    recipients: [
      ['kitamura@ms.example.net', 'mailboxfull', 'soft', '5.2.0', '', ''],
    ],
  },
});
