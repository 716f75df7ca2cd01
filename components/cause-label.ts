import { storyLabel, storyOf } from '@/lib/explain';
import type { Lang } from '@/lib/i18n/lang';
import type { TrackedRecipient } from '@/lib/tracker/model';

/**
 * The cause of a tracked recipient's latest bounce, in a few words: the same story the sidebar
 * told (lib/explain/story.ts), so a mistyped domain that Sisimai called networkerror reads as the
 * mistyped domain here too, not as a temporary path problem.
 */
export function causeLabel(entry: TrackedRecipient, lang: Lang): string {
  const story = storyOf({
    recipient: entry.address,
    reason: entry.lastReason,
    severity: entry.lastSeverity,
    status: entry.lastStatus,
    replyCode: '',
    diagnosticCode: entry.lastDiagnostic,
  });
  return storyLabel(story, lang);
}
