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
  return /^en\b/i.test(browserLanguage) ? 'en' : 'ja';
}
