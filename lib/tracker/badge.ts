import { browser } from 'wxt/browser';
import { resolveLang, type Lang } from '@/lib/i18n/lang';
import type { Settings } from './settings';
import { badgeText, countRecentFlags, hardFlagDates } from './summary';
import { activeIncidents } from './sending';
import { readSendingState, readSettings, readTrackedRecipients, readTrackerDigest } from './storage';
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

/** While sender-side bounces are recent (lib/tracker/sending.ts): a "!" on the badge and a sentence in its tooltip. */
const sendingTitles: Record<Lang, string> = {
  ja: '（あなたのメールの送信に問題があります。ボタンを押して確かめてください）',
  en: ' (there is a problem with your sending: open the button to see it)',
};

/** The badge text with the sending warning: "!" alone, or after the count ("3!"). */
export function badgeTextWithSending(count: number, sending: boolean): string {
  const text = badgeText(count);
  return sending ? `${text}!` : text;
}

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

export async function showBadge(flagDates: readonly number[], lang: Lang, now: number, sending = false): Promise<number> {
  const count = countRecentFlags(flagDates, now);
  const button = toolbarButton();
  if (!button) return count;
  await button.setBadgeBackgroundColor({ color: BADGE_COLOR });
  await button.setBadgeText({ text: badgeTextWithSending(count, sending) });
  await button.setTitle({ title: `${titles[lang](count)}${sending ? sendingTitles[lang] : ''}` });
  return count;
}

/** Whether the "your sending" warning is up now. */
async function sendingWarned(now: number): Promise<boolean> {
  return activeIncidents(await readSendingState(), now).length > 0;
}

function langOf(settings: Settings): Lang {
  return resolveLang(settings.language, browser.i18n.getUILanguage());
}

/** Redraws the badge from a state the writer has just written. */
export async function drawBadge(state: TrackerState): Promise<number> {
  const now = Date.now();
  return showBadge(hardFlagDates(state.list), langOf(state.settings), now, await sendingWarned(now));
}

/** The flag dates from the digest; from the list itself when there is no digest yet (just after an update). */
async function recentFlagDates(): Promise<readonly number[]> {
  const digest = await readTrackerDigest();
  return digest ? digest.recentFlags : hardFlagDates(await readTrackedRecipients());
}

/** Reads the store and redraws the badge; answers the count. */
export async function refreshBadge(): Promise<number> {
  const now = Date.now();
  const [flagDates, settings, sending] = await Promise.all([recentFlagDates(), readSettings(), sendingWarned(now)]);
  return showBadge(flagDates, langOf(settings), now, sending);
}
