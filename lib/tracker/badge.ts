import { browser } from 'wxt/browser';
import { resolveLang, type Lang } from '@/lib/i18n/lang';
import type { Settings } from './settings';
import { badgeText, countRecentFlags, hardFlagDates } from './summary';
import { readSettings, readTrackedRecipients, readTrackerDigest } from './storage';
import type { TrackerState } from './writer';

// The toolbar badge: how many recipients were newly flagged hard in the last 7 days
// (definition in lib/tracker/summary.ts and docs/tracker.md). The background redraws it when it
// starts and when the popup opens, from the digest's flag dates (a few bytes, not the list of up
// to 10,000; the window moves on with time, and no `alarms` permission is asked for just to
// redraw a number), and after every write of the list or the settings, from what was written.

const BADGE_COLOR = '#b91c1c';

const titles: Record<Lang, (count: number) => string> = {
  ja: (count) => (count > 0 ? `不達ナビ：この7日間に届かないと判定した宛先 ${count}件` : '不達ナビ'),
  en: (count) => (count > 0 ? `Bounce Navi: ${count} address(es) found undeliverable in the last 7 days` : 'Bounce Navi'),
};

/** MV3 (Chromium) has `action`; Firefox's MV2 build has `browserAction`. */
interface ToolbarButton {
  setBadgeText(details: { text: string }): Promise<void>;
  setBadgeBackgroundColor(details: { color: string }): Promise<void>;
  setTitle(details: { title: string }): Promise<void>;
}

function toolbarButton(): ToolbarButton | undefined {
  // `browser` is the webextension-polyfill at run time (promise-returning in both browsers);
  // its static type is Chrome's, which has no `browserAction` in MV3.
  const api = browser as unknown as { action?: ToolbarButton; browserAction?: ToolbarButton };
  return api.action ?? api.browserAction;
}

export async function showBadge(flagDates: readonly number[], lang: Lang, now: number): Promise<number> {
  const count = countRecentFlags(flagDates, now);
  const button = toolbarButton();
  if (!button) return count;
  await button.setBadgeBackgroundColor({ color: BADGE_COLOR });
  await button.setBadgeText({ text: badgeText(count) });
  await button.setTitle({ title: titles[lang](count) });
  return count;
}

function langOf(settings: Settings): Lang {
  return resolveLang(settings.language, browser.i18n.getUILanguage());
}

/** Redraws the badge from a state the writer has just written. */
export function drawBadge(state: TrackerState): Promise<number> {
  return showBadge(hardFlagDates(state.list), langOf(state.settings), Date.now());
}

/** The flag dates from the digest; from the list itself when there is no digest yet (just after an update). */
async function recentFlagDates(): Promise<readonly number[]> {
  const digest = await readTrackerDigest();
  return digest ? digest.recentFlags : hardFlagDates(await readTrackedRecipients());
}

/** Reads the store and redraws the badge; answers the count. */
export async function refreshBadge(): Promise<number> {
  const [flagDates, settings] = await Promise.all([recentFlagDates(), readSettings()]);
  return showBadge(flagDates, langOf(settings), Date.now());
}
