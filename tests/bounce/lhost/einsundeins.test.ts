import { runLhostCases } from '../harness';

// Expected results for tests/fixtures/eml/einsundeins/ (provenance: tests/fixtures/README.md).
// Columns: recipient, reason, severity, status, reply code, SMTP command.
runLhostCases('einsundeins', {
  '01-size-limit': {
    kind: 'bounce',
    decoder: 'einsundeins',
    recipients: [['info@example.eu', 'emailtoolarge', 'soft', '', '', '']],
  },
  '02-relayed-reply': {
    kind: 'bounce',
    decoder: 'einsundeins',
    recipients: [['dupont@example.fr', 'spamdetected', 'soft', '5.2.0', '550', 'DATA']],
  },
});
