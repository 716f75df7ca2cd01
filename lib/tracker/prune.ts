import type { TrackedRecipient } from './model';

// How the tracker's store stays bounded (docs/tracker.md): a cap on the number of recipients,
// and the order in which entries give way, shared with the byte budget (budget.ts). Pure.

/** The store is bounded: beyond this many recipients the oldest (by last bounce) are dropped (a byte budget too: budget.ts). */
export const MAX_TRACKED_RECIPIENTS = 10_000;

/**
 * Which of two entries the store keeps first: verified before unverified (a flood of forged
 * bounces never evicts a recipient a real bounce recorded), then the newest last bounce.
 */
export function keepOrder(a: TrackedRecipient, b: TrackedRecipient): number {
  return Number(a.unverified === true) - Number(b.unverified === true) || b.lastSeen - a.lastSeen || a.address.localeCompare(b.address);
}

/**
 * Keeps the store bounded: beyond `cap` recipients, unverified ones go first (oldest first), and
 * only then verified ones whose last bounce is oldest.
 */
export function pruneToCap(list: TrackedRecipient[], cap: number = MAX_TRACKED_RECIPIENTS): TrackedRecipient[] {
  if (list.length <= cap) return list;
  return [...list].sort(keepOrder).slice(0, cap);
}
