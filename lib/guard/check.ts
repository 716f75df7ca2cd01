import { suggestTypedAddress } from '@/lib/typo';
import type { AddressProblem, GuardOptions, GuardWarning, TrackedFacts } from './types';

// The pre-send guard's decision for one recipient, pure: the address as the compose window
// shows it, what the tracker knows about it, and lib/typo → one warning or nothing. Nothing
// for a valid, unflagged address: the guard is silent there.

/** Full-width ASCII (U+FF01–U+FF5E) and the ideographic space (U+3000), as an IME types them. */
const FULL_WIDTH = /[\uFF01-\uFF5E\u3000]/;
/** Any white space: never inside an address outside a quoted local part (RFC 5321 §4.1.2). */
const SPACE = /\s/; // \s holds U+3000 (the ideographic space) too

/** An address is at most 254 characters (RFC 5321 §4.5.3.1.3); longer text is no recipient. */
const MAX_ADDRESS_CHARS = 254;

/**
 * What makes the address undeliverable as written. The local part's dots are checked on the
 * half-width text: `taro.@docomo.ne.jp` and `taro..hanako@…` are real old carrier addresses,
 * but Gmail refuses them since 2015 (peers.md §4, anchors.md §3.4): a warning, never a "fix".
 */
export function addressProblems(address: string): AddressProblem[] {
  const problems: AddressProblem[] = [];
  if (FULL_WIDTH.test(address.replace(/\u3000/g, ''))) problems.push('full-width');
  const halfWidth = address.replace(/[\uFF01-\uFF5E]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0)).trim();
  const quoted = halfWidth.startsWith('"');
  if (!quoted && SPACE.test(halfWidth)) problems.push('space');
  const at = halfWidth.lastIndexOf('@');
  const local = halfWidth.slice(0, at);
  const domain = halfWidth.slice(at + 1);
  if (domain.includes('..') || domain.endsWith('.')) problems.push('domain-dots');
  if (!quoted && (local.includes('..') || local.endsWith('.') || local.startsWith('.'))) problems.push('local-dots');
  return problems;
}

/** Text that could be meant as an address: one `@` with something on both sides. */
function looksLikeAddress(text: string): boolean {
  const at = text.lastIndexOf('@');
  const atFullWidth = text.lastIndexOf('＠');
  const index = Math.max(at, atFullWidth);
  return text.length <= MAX_ADDRESS_CHARS && index > 0 && index < text.trim().length - 1;
}

/**
 * The warning for one recipient, the most serious that applies: flagged by the tracker, then
 * undeliverable as written, then a likely typo of a known provider, then a run of soft bounces
 * (only when the user wants those to warn). Undefined for anything else, including text that
 * is not an address yet (the user is still typing "taro").
 */
export function checkRecipient(address: string, facts: TrackedFacts | undefined, options: GuardOptions): GuardWarning | undefined {
  const written = address.trim();
  if (!looksLikeAddress(written)) return undefined;
  if (facts?.state === 'hard') {
    const warning: GuardWarning = {
      kind: 'flagged',
      address: written,
      reason: facts.reason,
      bouncedAt: facts.flaggedAt ?? facts.lastSeen,
      totalBounces: facts.totalBounces,
    };
    if (facts.suggested && facts.suggested !== written) warning.suggested = facts.suggested;
    return warning;
  }
  const problems = addressProblems(written);
  const suggestion = suggestTypedAddress(written);
  if (problems.length > 0) {
    const warning: GuardWarning = { kind: 'undeliverable', address: written, problems };
    // The local part's dots are never fixed (lib/typo leaves the local part alone): a suggestion
    // is offered only when it is deliverable as written.
    if (suggestion && addressProblems(suggestion.suggested).length === 0) warning.suggested = suggestion.suggested;
    return warning;
  }
  if (suggestion) return { kind: 'typo', address: written, suggested: suggestion.suggested, fixes: suggestion.fixes };
  if (facts?.state === 'soft' && options.softWarns) {
    return { kind: 'soft', address: written, reason: facts.reason, softRun: facts.softRun, lastSeen: facts.lastSeen, totalBounces: facts.totalBounces };
  }
  return undefined;
}

/** The lookup key of an address: the tracker's spelling, lowercased whole (most mail systems ignore the local part's case). */
export function guardKey(address: string): string {
  return address.trim().replace(/^<(.*)>$/, '$1').toLowerCase();
}
