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
  // The flufl.bounce set's plain-text formats (docs/classifier.md "Unseen mail"), each failing before:
  // the cause first and the address after its colon (before: no recipient).
  '04-cause-then-address': {
    kind: 'bounce',
    decoder: 'plaintext',
    recipients: [['shimizu@example.net', 'mailboxfull', 'soft', '', '', '']],
  },
  // "(Originally addressed to x)"; an unknown user with no SMTP stage is filtered, as Sisimai reads it.
  '05-originally-addressed-to': {
    kind: 'bounce',
    decoder: 'plaintext',
    recipients: [['rossi@example.it', 'filtered', 'soft', '', '', '']],
  },
  // One cause above two lists: a list heading is not the first address's text (before: onhold).
  '06-shared-cause-two-lists': {
    kind: 'bounce',
    decoder: 'plaintext',
    recipients: [
      ['ishii@example.org', 'expired', 'soft', '', '', ''],
      ['kondo@example.org', 'expired', 'soft', '', '', ''],
    ],
  },
  // The transcript's reply that names the address is its text (before: onhold, no reply code).
  '07-transcript-and-reason-paragraph': {
    kind: 'bounce',
    decoder: 'plaintext',
    recipients: [['sakai@example.com', 'mailboxfull', 'soft', '', '552', '']],
  },
  // A "Reason:" label's paragraph runs on over the next lines (before: onhold).
  '08-reason-paragraph': {
    kind: 'bounce',
    decoder: 'plaintext',
    recipients: [['morita@example.com', 'mailboxfull', 'soft', '', '', '']],
  },
  // Formats of small mail servers written from their layouts (2026-12-04 format probe, labelled with
  // Sisimai 5.1 alike), each of the first three failing before:
  // the address quoted in single quotes after "delivery to" (before: no recipient).
  '09-quoted-recipient': {
    kind: 'bounce',
    decoder: 'plaintext',
    recipients: [['yoshida@example.net', 'spamdetected', 'soft', '5.7.1', '550', '']],
  },
  // A session transcript's "<<< 552 5.2.2 ..." reply line (before: onhold, no code).
  '10-transcript-arrows': {
    kind: 'bounce',
    decoder: 'plaintext',
    recipients: [['watanabe@example.net', 'mailboxfull', 'soft', '5.2.2', '552', '']],
  },
  // "** Unknown user x **": the cause right before the address (before: no recipient); filtered with no SMTP stage.
  '11-cause-right-before': {
    kind: 'bounce',
    decoder: 'plaintext',
    recipients: [['hayashi@example.net', 'filtered', 'soft', '', '', '']],
  },
  '13-reason-label-line': {
    kind: 'bounce',
    decoder: 'plaintext',
    recipients: [['sasaki@example.net', 'securityerror', 'soft', '5.7.1', '554', '']],
  },
  // A Japanese notice: "理由：" above a paragraph whose reply names the address after its codes
  // ("(550 5.1.1 <x>: User unknown)"): the codes stay with it (before: filtered, no status).
  '12-japanese-reply-in-parentheses': {
    kind: 'bounce',
    decoder: 'plaintext',
    recipients: [['murakami@example.co.jp', 'userunknown', 'hard', '5.1.1', '550', '']],
  },
  // "送信先：" and "原因：" with full-width colons and spaces.
  '14-japanese-cause-label': {
    kind: 'bounce',
    decoder: 'plaintext',
    recipients: [['okamoto@example.jp', 'mailboxfull', 'soft', '5.2.2', '552', '']],
  },
});
