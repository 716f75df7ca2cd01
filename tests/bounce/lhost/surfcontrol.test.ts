import { runLhostCases } from '../harness';

// Expected results for tests/fixtures/eml/surfcontrol/ (provenance: tests/fixtures/README.md).
// Columns: recipient, reason, severity, status, reply code, SMTP command.
runLhostCases('surfcontrol', {
  '01-no-such-user': {
    kind: 'bounce',
    decoder: 'surfcontrol',
    recipients: [['sugiyama@example.com', 'filtered', 'soft', '', '550', '']],
  },
});
