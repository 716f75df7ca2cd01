import type { Lang } from '@/lib/i18n/lang';
import { en } from './en';
import { ja } from './ja';
import type { TrackerEffect } from './story';
import type { Explanation, ExplanationDraft, LanguageCatalog } from './types';

/** Both languages. A language missing from this record, or any text inside one, fails `tsc`. */
export const CATALOGS: Record<Lang, LanguageCatalog> = { ja, en };

/** The catalog for a language; Japanese for anything unexpected (stored settings can be stale). */
export function catalogFor(lang: Lang): LanguageCatalog {
  return lang === 'en' ? CATALOGS.en : CATALOGS.ja;
}

/**
 * A draft made complete: the actor in words when the text did not word it, and the
 * tracker's rule for the severity (hard: recorded until corrected; soft: N in a row count as
 * hard) as the last note.
 */
export function finish(draft: ExplanationDraft, catalog: LanguageCatalog, softBounceLimit: number, tracker?: TrackerEffect): Explanation {
  const notes = [...(draft.notes ?? [])];
  // A recipient's card says what the tracker does with it (story.ts); the report, the severity's rule.
  if (tracker) notes.push(catalog.trackerNotes[tracker](softBounceLimit));
  else if (draft.severity) notes.push(catalog.severityDescriptions[draft.severity](softBounceLimit));
  return { ...draft, actorText: draft.actorText ?? catalog.actorSentences[draft.actor], notes };
}
