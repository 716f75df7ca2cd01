import { runLhostCases } from '../harness';

// Expected results for tests/fixtures/eml/x6/ (provenance: tests/fixtures/README.md).
// Columns: recipient, reason, severity, status, reply code, SMTP command.
runLhostCases('x6', {
  '01-hop-count': {
    kind: 'bounce',
    decoder: 'x6',
    recipients: [
      ['noguchi@example.org', 'networkerror', 'soft', '5.4.6', '554', 'DATA'],
    ],
  },
});
