import { browser } from 'wxt/browser';
import { resolveLang, type Lang } from '@/lib/i18n/lang';
import type { TrackedRecipient } from './model';
import { badgeText, countRecentlyFlagged } from './summary';
import { readSettings, readTrackedRecipients } from './storage';

// The toolbar badge: how many recipients were newly flagged hard in the last 7 days
// (definition in lib/tracker/summary.ts and docs/tracker.md). The background refreshes it when
// it starts, whenever the tracked list changes, and when the popup opens (the window moves on
// with time, and no `alarms` permission is asked for just to redraw a number).

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

export async function showBadge(list: readonly TrackedRecipient[], lang: Lang, now: number): Promise<number> {
  const count = countRecentlyFlagged(list, now);
  const button = toolbarButton();
  if (!button) return count;
  await button.setBadgeBackgroundColor({ color: BADGE_COLOR });
  await button.setBadgeText({ text: badgeText(count) });
  await button.setTitle({ title: titles[lang](count) });
  return count;
}

/** Reads the store and redraws the badge; answers the count. */
export async function refreshBadge(): Promise<number> {
  const [list, settings] = await Promise.all([readTrackedRecipients(), readSettings()]);
  return showBadge(list, resolveLang(settings.language, browser.i18n.getUILanguage()), Date.now());
}
