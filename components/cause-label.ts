import type { Lang } from '@/lib/i18n/lang';
import type { TrackedRecipient } from '@/lib/tracker/model';

/**
 * The cause of a tracked recipient's latest bounce, in words.
 * INTERIM until lib/explain's reasonLabel(reason, lang) lands on main: shows the Sisimai reason name.
 */
export function causeLabel(entry: TrackedRecipient, _lang: Lang): string {
  return entry.lastReason;
}
