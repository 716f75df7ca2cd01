import { browser } from 'wxt/browser';
import { resolveLang, type Lang } from '@/lib/i18n/lang';
import { readSettings } from '@/lib/tracker/storage';

/** The settings the sidebar follows. */
export interface SidebarPreferences {
  lang: Lang;
  /** Consecutive soft bounces the tracker counts as a hard one (the explanations mention it). */
  softBounceLimit?: number;
}

/** The user's settings; the language falls back to the browser's UI language (Japanese unless English). */
export async function sidebarPreferences(): Promise<SidebarPreferences> {
  const uiLanguage = browser.i18n.getUILanguage();
  try {
    const settings = await readSettings();
    return { lang: resolveLang(settings.language, uiLanguage), softBounceLimit: settings.softToHardThreshold };
  } catch {
    return { lang: resolveLang('auto', uiLanguage) };
  }
}
