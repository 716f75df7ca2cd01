import { reasonLabel } from '@/lib/explain';
import type { Lang } from '@/lib/i18n/lang';
import type { TrackedRecipient } from '@/lib/tracker/model';

/** The cause of a tracked recipient's latest bounce, in a few words (lib/explain's short label). */
export function causeLabel(entry: TrackedRecipient, lang: Lang): string {
  return reasonLabel(entry.lastReason, lang);
}
