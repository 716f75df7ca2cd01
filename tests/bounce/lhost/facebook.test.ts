import { runLhostCases } from '../harness';

// Expected results for tests/fixtures/eml/facebook/ (provenance: tests/fixtures/README.md).
// Columns: recipient, reason, severity, status, reply code, SMTP command.
runLhostCases('facebook', {
  '01-recipient-preferences': {
    kind: 'bounce',
    decoder: 'facebook',
    recipients: [
      ['someone@facebook.com', 'filtered', 'soft', '5.1.1', '550', ''],
    ],
  },
});
