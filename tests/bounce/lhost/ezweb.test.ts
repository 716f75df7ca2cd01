import { runLhostCases } from '../harness';

// Expected results for tests/fixtures/eml/ezweb/ (provenance: tests/fixtures/README.md).
// Columns: recipient, reason, severity, status, reply code, SMTP command.
runLhostCases('ezweb', {
  '01-reception-filter': {
    kind: 'bounce',
    decoder: 'ezweb',
    recipients: [
      ['member-0002@ezweb.ne.jp', 'filtered', 'soft', '', '', ''],
    ],
  },
  '02-user-unknown': {
    kind: 'bounce',
    decoder: 'ezweb',
    recipients: [
      ['member-0003@ezweb.ne.jp', 'userunknown', 'hard', '', '550', 'RCPT'],
    ],
  },
});
