/** The languages the product speaks. Japanese first: it is our users' language. */
export type Lang = 'ja' | 'en';

/** The user's choice in the options page. */
export type LangSetting = 'auto' | Lang;

/**
 * The language to show: the user's choice, else the browser's UI language
 * (English only when the browser is in English; anything else gets Japanese).
 */
export function resolveLang(setting: LangSetting, browserLanguage: string): Lang {
  if (setting !== 'auto') return setting;
  // Chrome and Firefox report "en-US"; some APIs and stored values use "en_US".
  return /^en(?:[-_]|$)/i.test(browserLanguage.trim()) ? 'en' : 'ja';
}
