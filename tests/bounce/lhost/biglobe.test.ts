import { runLhostCases } from '../harness';

// Expected results for tests/fixtures/eml/biglobe/ (provenance: tests/fixtures/README.md).
// Columns: recipient, reason, severity, status, reply code, SMTP command.
runLhostCases('biglobe', {
  '01-mailbox-full': {
    kind: 'bounce',
    decoder: 'biglobe',
    recipients: [
      ['member-0005@fixture.biglobe.ne.jp', 'mailboxfull', 'soft', '', '', ''],
    ],
  },
});
