import { runLhostCases } from '../harness';

// Expected results for tests/fixtures/eml/outlook/ (provenance: tests/fixtures/README.md).
// Columns: recipient, reason, severity, status, reply code, SMTP command.
runLhostCases('outlook', {
  '01-mailbox-unavailable': {
    kind: 'bounce',
    decoder: 'outlook',
    recipients: [['yamada@example.jp', 'userunknown', 'hard', '5.5.0', '550', '']],
  },
  '02-no-diagnostic': {
    kind: 'bounce',
    decoder: 'outlook',
    recipients: [['yamada@example.jp', 'expired', 'soft', '5.0.0', '', '']],
  },
});
