import type { Lang } from '@/lib/i18n/lang';

const MB = 1024 * 1024;

/** "約 12 MB" / "about 12 MB": sizes in bounces are approximate, and users think in MB. */
export function formatSize(bytes: number, lang: Lang): string {
  const about = lang === 'ja' ? '約 ' : 'about ';
  if (bytes < MB) return `${about}${Math.max(1, Math.round(bytes / 1024))} KB`;
  const mb = bytes / MB;
  return `${about}${mb < 10 ? mb.toFixed(1).replace(/\.0$/, '') : Math.round(mb)} MB`;
}

/** 「a」「b」 / "a", "b": names from the mail, quoted so they read as names. */
export function quoteList(items: readonly string[], lang: Lang): string {
  return lang === 'ja' ? items.map((item) => `「${item}」`).join('') : items.map((item) => `"${item}"`).join(', ');
}

/** "A、B、C" / "A, B and C". */
export function joinWords(items: readonly string[], lang: Lang): string {
  if (lang === 'ja') return items.join('・');
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}

/** "550 5.1.1" from whichever codes are known; '' when none. */
export function codeLine(replyCode: string, status: string): string {
  return [replyCode, status].filter((code) => code !== '').join(' ');
}
