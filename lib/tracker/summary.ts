import { BADGE_WINDOW_MS, type TrackedRecipient, type TrackerState } from './model';

// What the popup and the badge show about the tracked recipients. Pure, like model.ts.

/** A burst: this many addresses flagged hard within HARD_BURST_WINDOW_MS of each other and of now. */
export const HARD_BURST_COUNT = 3;
export const HARD_BURST_WINDOW_MS = 24 * 60 * 60 * 1000;

/** When each hard-flagged recipient was flagged (the date of the bounce that flagged it). */
export function hardFlagDates(list: readonly TrackedRecipient[]): number[] {
  const dates: number[] = [];
  for (const entry of list) {
    if (entry.state === 'hard' && entry.flaggedAt !== undefined) dates.push(entry.flaggedAt);
  }
  return dates;
}

function countSince(dates: readonly number[], since: number): number {
  let count = 0;
  for (const date of dates) if (date > since) count++;
  return count;
}

/**
 * The toolbar badge: recipients newly flagged hard in the last 7 days, dated by the bounce that
 * flagged them (opening an old bounce today does not count as news). Unflagged ones drop out.
 */
export function countRecentlyFlagged(list: readonly TrackedRecipient[], now: number): number {
  return countRecentFlags(hardFlagDates(list), now);
}

/** The badge count from flag dates alone (the digest keeps those of the last 7 days). */
export function countRecentFlags(flagDates: readonly number[], now: number): number {
  return countSince(flagDates, now - BADGE_WINDOW_MS);
}

/** The badge text: empty at zero, "99+" beyond two digits (the toolbar has room for about four characters). */
export function badgeText(count: number): string {
  if (count <= 0) return '';
  return count > 99 ? '99+' : String(count);
}

/**
 * How many addresses were flagged hard in the last HARD_BURST_WINDOW_MS, when that is a burst.
 * Receivers and mail providers judge a sender by its bounce rate (Amazon SES reviews an account
 * at 5 % hard bounces, anchors.md §2; ../shared/seeds: a high rate can get sending blocked without
 * warning), and a burst of dead addresses is the first sign of a stale list.
 */
export function hardBurstOf(flagDates: readonly number[], now: number): number {
  const count = countSince(flagDates, now - HARD_BURST_WINDOW_MS);
  return count >= HARD_BURST_COUNT ? count : 0;
}

export function recentHardBurst(list: readonly TrackedRecipient[], now: number): number {
  return hardBurstOf(hardFlagDates(list), now);
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

/** Recipients in the digest: enough rows to fill the popup's first screen several times over. */
export const DIGEST_ROWS = 20;

/**
 * What the popup paints first, written by the writer beside the full list: the counts, the flag
 * dates of the last 7 days (badge and burst warning) and the newest rows. Reading it takes a few
 * milliseconds, where the full list of 10,000 takes about 100 (scripts/bench/popup.mjs); the
 * popup swaps to the full list as soon as it has loaded.
 */
export interface TrackerDigest {
  counts: TrackerCounts;
  recentFlags: number[];
  newest: TrackedRecipient[];
}

export function buildDigest(list: readonly TrackedRecipient[], now: number): TrackerDigest {
  return {
    counts: countByFilter(list),
    recentFlags: hardFlagDates(list).filter((date) => date > now - BADGE_WINDOW_MS),
    newest: visibleRecipients(list, 'all', '').slice(0, DIGEST_ROWS),
  };
}
