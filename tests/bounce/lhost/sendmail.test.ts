import { runLhostCases } from '../harness';

// Expected results for tests/fixtures/eml/sendmail/ (provenance: tests/fixtures/README.md).
// Columns: recipient, reason, severity, status, reply code, SMTP command.
runLhostCases('sendmail', {
  '01-user-unknown': {
    kind: 'bounce',
    decoder: 'sendmail',
    recipients: [
      ['watanabe@example.org', 'userunknown', 'hard', '5.1.1', '550', 'DATA'],
    ],
  },
  '02-quoted-local-part': {
    kind: 'bounce',
    decoder: 'sendmail',
    recipients: [
      ['"<b>sales</b> desk"@example.org', 'userunknown', 'hard', '5.1.1', '550', 'RCPT'],
    ],
  },
  // A gateway's "Transcript of the session follows" and no delivery-status part (what the text
  // path sees): the transcript's reply is the cause (before: undefined, nothing read).
  '03-transcript-of-the-session': {
    kind: 'bounce',
    decoder: 'sendmail',
    recipients: [
      ['hasegawa@example.net', 'userunknown', 'hard', '5.1.1', '550', ''],
    ],
  },
});
