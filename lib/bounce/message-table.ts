/**
 * A decoder's or a provider's own message table: reason → the lowercase texts that mean it.
 * The first reason (in table order) with a text found in the lowercased diagnosis wins.
 */
import type { ReasonId } from './reasons/taxonomy';
import { containsAny, phraseExpression } from './text';

export type PhrasesByReason = readonly (readonly [ReasonId, readonly string[]])[];

export interface TableVerdict {
  reason: ReasonId;
  /** The text of the table that matched. */
  matched: string;
}

/** Every text of a table in one list, to rule the whole table out with a single scan. */
const allTexts = new WeakMap<PhrasesByReason, readonly string[]>();

function textsOf(table: PhrasesByReason): readonly string[] {
  let texts = allTexts.get(table);
  if (!texts) {
    texts = table.flatMap(([, phrases]) => phrases);
    allTexts.set(table, texts);
  }
  return texts;
}

export function matchByReason(lowered: string, table: PhrasesByReason): TableVerdict | undefined {
  // Most diagnoses hold none of a table's texts: one scan says so instead of one per reason.
  if (!containsAny(lowered, textsOf(table))) return undefined;
  for (const [reason, phrases] of table) {
    const found = phraseExpression(phrases)?.exec(lowered);
    if (found) return { reason, matched: found[0] };
  }
  return undefined;
}
