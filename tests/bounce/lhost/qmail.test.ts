import { runLhostCases } from '../harness';

// Expected results for tests/fixtures/eml/qmail/ (provenance: tests/fixtures/README.md).
// Columns: recipient, reason, severity, status, reply code, SMTP command.
runLhostCases('qmail', {
  '01-no-mailbox': {
    kind: 'bounce',
    decoder: 'qmail',
    recipients: [
      ['yoshida@example.com', 'userunknown', 'hard', '5.1.1', '550', 'RCPT'],
    ],
  },
  '02-quoted-local-part': {
    kind: 'bounce',
    decoder: 'qmail',
    recipients: [
      ['"<img src=x onerror=alert(1)>"@example.com', 'userunknown', 'hard', '5.1.1', '550', 'RCPT'],
    ],
  },
  // qmail-ldap's local errors, the greeting stage, the fallback patch's "most progress was",
  // and a queue timeout that is final (qmail sends no delay warnings).
  '03-ldap-local-errors': {
    kind: 'bounce',
    decoder: 'qmail',
    recipients: [
      ['nishimura@example.net', 'suspend', 'soft', '5.2.1', '', ''],
      ['okubo@example.net', 'emailtoolarge', 'soft', '5.2.3', '', ''],
      ['ueno@example.net', 'expired', 'soft', '', '421', 'CONN'],
      ['tamura@example.org', 'userunknown', 'hard', '5.1.1', '550', 'RCPT'],
    ],
  },
});
