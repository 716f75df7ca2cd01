import type { Lang } from '@/lib/i18n/lang';

export interface GlossaryEntry {
  /** The usual spelling, shown as the term. */
  term: string;
  /** Lowercase spellings to look for; the term itself (lowercased) when absent. */
  variants?: readonly string[];
  /** Every entry has both languages: a missing one is a type error. */
  meaning: Record<Lang, string>;
}
