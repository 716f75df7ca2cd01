import { runLhostCases } from './harness';

// Reports one attachment (or a quote) further down than the mail as received: a bounce forwarded
// as an attachment, a gateway's wrapper around the report it received, a forward of a forward,
// one nested deeper than the classifier descends (lib/bounce/limits.ts MAX_NESTED_REPORTS), and
// a bounce quoted in a reply under an "On ... wrote:" line.
// Fixtures in tests/fixtures/eml/nested/ (provenance: tests/fixtures/README.md).
// Columns: recipient, reason, severity, status, reply code, SMTP command.
runLhostCases('nested', {
  '01-forwarded-as-attachment': {
    kind: 'bounce',
    decoder: 'postfix',
    recipients: [
      ['takahashi@example.net', 'userunknown', 'hard', '5.1.1', '550', ''],
      ['watanabe@example.org', 'mailboxfull', 'soft', '5.2.2', '552', ''],
    ],
  },
  '02-gateway-wrapper': {
    kind: 'bounce',
    decoder: 'rfc3464',
    recipients: [['kobayashi@example.org', 'hostunknown', 'hard', '5.1.2', '550', '']],
  },
  '03-forwarded-twice': {
    kind: 'bounce',
    decoder: 'postfix',
    recipients: [
      ['takahashi@example.net', 'userunknown', 'hard', '5.1.1', '550', ''],
      ['watanabe@example.org', 'mailboxfull', 'soft', '5.2.2', '552', ''],
    ],
  },
  '04-four-levels-deep': { kind: 'unparsed' },
  '05-quoted-in-reply': {
    kind: 'bounce',
    decoder: 'postfix',
    recipients: [
      ['maeda@example.org', 'mailboxfull', 'soft', '5.2.2', '552', ''],
      ['fujii@example.net', 'userunknown', 'hard', '5.1.1', '550', ''],
    ],
  },
});
