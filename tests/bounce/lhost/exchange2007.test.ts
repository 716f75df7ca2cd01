import { runLhostCases } from '../harness';

// Expected results for tests/fixtures/eml/exchange2007/ (provenance: tests/fixtures/README.md).
// Columns: recipient, reason, severity, status, reply code, SMTP command.
runLhostCases('exchange2007', {
  '01-recipnotfound': {
    kind: 'bounce',
    decoder: 'exchange2007',
    recipients: [
      ['takeda@example.co.jp', 'userunknown', 'hard', '5.1.1', '550', ''],
    ],
  },
  '02-ambiguous-address': {
    kind: 'bounce',
    decoder: 'exchange2007',
    recipients: [['sales@example.co.jp', 'systemerror', 'soft', '5.1.4', '550', '']],
  },
  '03-dutch': {
    kind: 'bounce',
    decoder: 'exchange2007',
    recipients: [['devries@example.nl', 'userunknown', 'hard', '5.1.1', '550', '']],
  },
});
