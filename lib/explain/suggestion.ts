import type { Lang } from '@/lib/i18n/lang';
import type { AddressSuggestion, TypoFix } from '@/lib/typo/types';
import { catalogFor } from './catalog';

/** Why the corrected address is offered: one sentence per fix, in the order the fixes were made. */
export function explainSuggestion(suggestion: AddressSuggestion, lang: Lang): string {
  const texts = catalogFor(lang).typoFixes;
  return suggestion.fixes.map((fix) => texts[fix](suggestion)).join(lang === 'ja' ? '' : ' ');
}

/** One fix in words, e.g. for a tooltip. */
export function typoFixLabel(fix: TypoFix, lang: Lang, suggestion?: AddressSuggestion): string {
  return catalogFor(lang).typoFixes[fix](suggestion ?? { suggested: '', fixes: [fix] });
}
