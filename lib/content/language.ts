import { browser } from 'wxt/browser';
import { resolveLang, type Lang } from '@/lib/i18n/lang';
import { readSettings } from '@/lib/tracker/storage';

/** The sidebar's language: the user's setting, else the browser's UI language (Japanese unless English). */
export async function sidebarLanguage(): Promise<Lang> {
  const uiLanguage = browser.i18n.getUILanguage();
  try {
    return resolveLang((await readSettings()).language, uiLanguage);
  } catch {
    return resolveLang('auto', uiLanguage);
  }
}
