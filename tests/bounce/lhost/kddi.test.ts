import { runLhostCases } from '../harness';

// Expected results for tests/fixtures/eml/kddi/ (provenance: tests/fixtures/README.md).
// Columns: recipient, reason, severity, status, reply code, SMTP command.
runLhostCases('kddi', {
  '01-mailbox-full': {
    kind: 'bounce',
    decoder: 'kddi',
    recipients: [
      ['member-0004@fixture.dion.ne.jp', 'mailboxfull', 'soft', '', '', ''],
    ],
  },
});
