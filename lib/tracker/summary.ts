import { BADGE_WINDOW_MS, type TrackedRecipient, type TrackerState } from './model';

// What the popup and the badge show about the tracked recipients. Pure, like model.ts.

/** A burst: this many addresses flagged hard within HARD_BURST_WINDOW_MS of each other and of now. */
export const HARD_BURST_COUNT = 3;
export const HARD_BURST_WINDOW_MS = 24 * 60 * 60 * 1000;

/**
 * The toolbar badge: recipients newly flagged hard in the last 7 days, dated by the bounce that
 * flagged them (opening an old bounce today does not count as news). Unflagged ones drop out.
 */
export function countRecentlyFlagged(list: readonly TrackedRecipient[], now: number): number {
  let count = 0;
  for (const entry of list) {
    if (entry.state === 'hard' && entry.flaggedAt !== undefined && entry.flaggedAt > now - BADGE_WINDOW_MS) count++;
  }
  return count;
}

/** The badge text: empty at zero, "99+" beyond two digits (the toolbar has room for about four characters). */
export function badgeText(count: number): string {
  if (count <= 0) return '';
  return count > 99 ? '99+' : String(count);
}

/**
 * How many addresses were flagged hard in the last HARD_BURST_WINDOW_MS. Receivers and mail
 * providers judge a sender by its bounce rate (Amazon SES reviews an account at 5 % hard bounces,
 * anchors.md §2; ../shared/seeds: a high rate can get sending blocked without warning), and a
 * burst of dead addresses is the first sign of a stale list.
 */
export function recentHardBurst(list: readonly TrackedRecipient[], now: number): number {
  let count = 0;
  for (const entry of list) {
    if (entry.state === 'hard' && entry.flaggedAt !== undefined && entry.flaggedAt > now - HARD_BURST_WINDOW_MS) count++;
  }
  return count >= HARD_BURST_COUNT ? count : 0;
}

export type TrackerFilter = 'hard' | 'soft' | 'all';

const filterStates: Record<TrackerFilter, readonly TrackerState[] | undefined> = {
  hard: ['hard'],
  soft: ['soft'],
  all: undefined,
};

/**
 * The list as the popup shows it: newest bounce first, narrowed by state and by a search over
 * the address and the suggested correction (case-insensitive, any part).
 */
export function visibleRecipients(list: readonly TrackedRecipient[], filter: TrackerFilter, search: string): TrackedRecipient[] {
  const states = filterStates[filter];
  const needle = search.trim().toLowerCase();
  const shown = list.filter(
    (entry) =>
      (!states || states.includes(entry.state)) &&
      (needle === '' || entry.address.toLowerCase().includes(needle) || (entry.suggested?.toLowerCase().includes(needle) ?? false)),
  );
  return shown.sort((a, b) => b.lastSeen - a.lastSeen || a.address.localeCompare(b.address));
}

export interface TrackerCounts {
  hard: number;
  soft: number;
  all: number;
}

export function countByFilter(list: readonly TrackedRecipient[]): TrackerCounts {
  let hard = 0;
  let soft = 0;
  for (const entry of list) {
    if (entry.state === 'hard') hard++;
    else if (entry.state === 'soft') soft++;
  }
  return { hard, soft, all: list.length };
}
