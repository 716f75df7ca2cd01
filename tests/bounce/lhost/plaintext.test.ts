import { runLhostCases } from '../harness';

// Expected results for tests/fixtures/eml/plaintext/ (provenance: tests/fixtures/README.md).
// Columns: recipient, reason, severity, status, reply code, SMTP command.
runLhostCases('plaintext', {
  '01-unknown-mta': {
    kind: 'bounce',
    decoder: 'plaintext',
    recipients: [
      ['kudo@example.org', 'userunknown', 'hard', '5.1.1', '550', ''],
    ],
  },
  '02-procmail-no-space': {
    kind: 'bounce',
    decoder: 'plaintext',
    recipients: [['kawamura@example.jp', 'systemfull', 'soft', '', '', '']],
  },
  '03-vmailmgr-quota': {
    kind: 'bounce',
    decoder: 'plaintext',
    recipients: [['kawamura@example.jp', 'mailboxfull', 'soft', '', '', '']],
  },
});
