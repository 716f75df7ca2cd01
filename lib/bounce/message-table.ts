/**
 * A decoder's or a provider's own message table: reason → the lowercase texts that mean it.
 * The first reason (in table order) with a text found in the lowercased diagnosis wins.
 */
import type { ReasonId } from './reasons/taxonomy';
import { phraseExpression } from './text';

export type PhrasesByReason = readonly (readonly [ReasonId, readonly string[]])[];

export interface TableVerdict {
  reason: ReasonId;
  /** The text of the table that matched. */
  matched: string;
}

export function matchByReason(lowered: string, table: PhrasesByReason): TableVerdict | undefined {
  for (const [reason, phrases] of table) {
    const found = phraseExpression(phrases)?.exec(lowered);
    if (found) return { reason, matched: found[0] };
  }
  return undefined;
}
