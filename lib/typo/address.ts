import type { TypoFix } from './types';

/**
 * Format fixes that are certain: they turn an address no server accepts into the one the
 * sender meant, without guessing. Old docomo and au addresses with `.@` or `..` in the LOCAL
 * part break RFC 5322 but are real (anchors.md §3.4): the local part is never touched
 * beyond full-width letters and spaces.
 */

/** Full-width ASCII (U+FF01–U+FF5E: Ａ, ＠, ．, ０) as typed with a Japanese IME, to ASCII. */
function toHalfWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0));
}

export interface CleanAddress {
  local: string;
  domain: string;
  fixes: TypoFix[];
}

/** Splits and cleans an address; undefined when there is no `@` to split at. */
export function cleanAddress(address: string): CleanAddress | undefined {
  const fixes: TypoFix[] = [];
  let text = address.trim();
  const halfWidth = toHalfWidth(text);
  if (halfWidth !== text) fixes.push('full-width');
  text = halfWidth;
  // A quoted local part ("taro yamada"@example.jp) may hold spaces legally (RFC 5322 §3.4.1).
  if (!text.startsWith('"')) {
    const spaceless = text.replace(/\s+/g, '');
    if (spaceless !== text) fixes.push('space');
    text = spaceless;
  }
  const at = text.lastIndexOf('@');
  if (at <= 0 || at === text.length - 1) return undefined;
  const local = text.slice(0, at);
  let domain = text.slice(at + 1).toLowerCase();
  if (domain.endsWith('.')) {
    // Cut from the end: /\.+$/ restarts at every dot of a long run that something follows.
    let end = domain.length;
    while (end > 0 && domain[end - 1] === '.') end--;
    domain = domain.slice(0, end);
    fixes.push('trailing-dot');
  }
  if (domain.includes('..')) {
    domain = domain.replace(/\.{2,}/g, '.');
    fixes.push('double-dot');
  }
  if (domain === '') return undefined;
  return { local, domain, fixes };
}
