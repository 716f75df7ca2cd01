import { runLhostCases } from '../harness';

// Ordinary mails in Japanese charsets: they must come out as "not a bounce", never as a failure.
runLhostCases('not-bounce', {
  '01-meeting-shift-jis': { kind: 'not-bounce' },
  '02-newsletter-euc-jp': { kind: 'not-bounce' },
});
