import { runLhostCases } from '../harness';

// Expected results for tests/fixtures/eml/postfix/ (provenance: tests/fixtures/README.md).
// Columns: recipient, reason, severity, status, reply code, SMTP command.
runLhostCases('postfix', {
  '01-user-unknown': {
    kind: 'bounce',
    decoder: 'postfix',
    recipients: [
      ['kobayashi.mei@example.co.jp', 'userunknown', 'hard', '5.1.1', '550', 'RCPT'],
    ],
  },
  '02-docomo-after-data': {
    kind: 'bounce',
    decoder: 'postfix',
    recipients: [
      ['member-0001@docomo.ne.jp', 'rejected', 'soft', '5.0.0', '550', 'DATA'],
    ],
  },
  '03-host-not-found': {
    kind: 'bounce',
    decoder: 'postfix',
    recipients: [
      ['ito@exmaple.co.jp', 'hostunknown', 'hard', '', '', ''],
    ],
  },
  '04-quoted-local-parts': {
    kind: 'bounce',
    decoder: 'postfix',
    recipients: [
      ['"sato hiroshi"@example.co.jp', 'userunknown', 'hard', '5.1.1', '550', 'RCPT'],
      ["o'hara@example.net", 'spamdetected', 'soft', '5.7.1', '550', 'DATA'],
    ],
  },
  // A remote reply typed "X-Postfix" with a vague Status 5.0.0: the words decide (before: onhold).
  '05-x-postfix-status-500': {
    kind: 'bounce',
    decoder: 'postfix',
    recipients: [
      ['suzuki@example.net', 'userunknown', 'hard', '5.0.0', '550', 'RCPT'],
    ],
  },
});
