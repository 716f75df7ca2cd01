import type { ExplainPort } from './sidebar-model';

// PROVISIONAL: lib/explain and lib/typo (issue 4) have not landed on main yet. Until they do,
// the sidebar names the reason by its Sisimai id and says nothing it cannot know. Replaced by
// the real functions on the merge that brings them.
export const explainPort: ExplainPort = {
  explainRecipient: (result, lang) => ({
    title: result.reason,
    whatHappened: result.diagnosticCode,
    actor: 'you',
    actorText: lang === 'ja' ? '送信した人' : 'You',
    steps: [],
    resend: '',
    verdict: '',
  }),
  reasonLabel: (reason) => reason,
  severityLabel: (severity, lang) => (lang === 'ja' ? (severity === 'hard' ? 'ハードバウンス' : 'ソフトバウンス') : severity),
  findGlossaryTerms: () => [],
  isOfferedFor: () => false,
  suggestAddress: () => undefined,
};
