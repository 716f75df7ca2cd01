import type { ReasonId } from '@/lib/bounce/types';

/** What the bounce said about the address; a suggestion is offered only when it points at the address. */
export interface SuggestionContext {
  reason: ReasonId;
  status?: string;
  diagnosticCode?: string;
}

export type TypoFix =
  | 'domain' // a misspelt provider domain (gmial.com → gmail.com)
  | 'full-width' // full-width letters or ＠
  | 'space' // spaces inside the address
  | 'trailing-dot' // a dot at the end of the domain
  | 'double-dot'; // `..` in the domain

export const TYPO_FIXES: readonly TypoFix[] = ['domain', 'full-width', 'space', 'trailing-dot', 'double-dot'];

export interface AddressSuggestion {
  /** The corrected address, ready to copy. */
  suggested: string;
  fixes: readonly TypoFix[];
  /** The address as the bounce gave it. */
  original?: string;
  /** The domain correction, when one was made (fixes includes 'domain'). */
  domain?: { from: string; to: string };
}
