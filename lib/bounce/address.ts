/**
 * E-mail addresses as bounces print them. Bounce mails are attacker-controlled and an address
 * may legally hold almost anything: RFC 5321 §4.1.2 allows a quoted local part with spaces and
 * markup (`"<script>alert(1)</script>"@example.org`), and RFC 5322 §3.2.3 puts `'`, `` ` ``,
 * `=`, `{` and `}` in atext (`'onmouseover='alert`1`'@example.org`, `o'brien@example.ie`).
 * Such an address comes out as its text (the UI renders text only), never as an empty string.
 *
 * The scan starts from each "@" and walks outwards within RFC 5321's lengths, so it stays
 * linear however long and odd the text is (a regular expression with a leading character class
 * re-scans a long line from every position).
 */
import { MAX_ADDRESSES, MAX_ADDRESSES_SCANNED } from './limits';

/** RFC 5321 §4.5.3.1: a local part has at most 64 octets, a domain at most 255. */
const LOCAL_PART_MAX = 64;
const DOMAIN_MAX = 255;
/** Slack past the limits: bounces do print overlong addresses, and we report what they print. */
const LENGTH_SLACK = 32;

const QUOTE = 0x22;
const APOSTROPHE = 0x27;
const BACKSLASH = 0x5c;

/**
 * Characters of an unquoted local part: RFC 5322 atext and ".", plus what bounces put in local
 * parts although atext does not allow it (a backslash). Space, controls, the specials
 * `< > " ( ) , ; : [ ] @` and every non-ASCII character end it: Japanese notices write an
 * address right after a label ("宛先：user@example.jp"), and RFC 6531 UTF-8 local parts are too
 * rare in Japan to be worth swallowing that label.
 */
function isLocalChar(code: number): boolean {
  if (code <= 0x20 || code >= 0x7f) return false;
  return code !== 0x3c && code !== 0x3e && code !== QUOTE && code !== 0x28 && code !== 0x29 && code !== 0x2c && code !== 0x3b && code !== 0x3a && code !== 0x5b && code !== 0x5d && code !== 0x40;
}

/** Domain characters (RFC 1035 letters, digits, hyphen, dot). UTF-8 domains are not read: see isLocalChar. */
function isDomainChar(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x2d || code === 0x2e;
}

const domainShape = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)*[a-z0-9-]*[a-z0-9]$/i;
/** RFC 5322 dot-atom: what a quoted local part may be written as without its quotes. */
const dotAtom = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/i;

/**
 * Where the quoted local part that ends at `close` (the `"` right before "@") opens, or -1.
 * RFC 5321 §4.1.2: qtextSMTP is any printable ASCII but `"` and `\`, which come as quoted pairs;
 * a quoted string never spans lines. UTF-8 is allowed (RFC 6531).
 */
function quotedLocalStart(text: string, close: number): number {
  const floor = Math.max(0, close - 2 * LOCAL_PART_MAX - LENGTH_SLACK);
  for (let i = close - 1; i >= floor; i--) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return -1;
    if (code !== QUOTE) continue;
    let backslashes = 0;
    while (i - 1 - backslashes >= floor && text.charCodeAt(i - 1 - backslashes) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return i;
  }
  return -1;
}

/** Where an unquoted local part that ends before `at` starts (`at` when there is none). */
function atomLocalStart(text: string, at: number, end: number): number {
  let start = at;
  while (start > 0 && at - start < LOCAL_PART_MAX + LENGTH_SLACK && isLocalChar(text.charCodeAt(start - 1))) start--;
  // `'` is atext, but bounces also wrap addresses in single quotes ("to 'user@example.com'").
  // A leading `'` is such a wrapper when a `'` also closes the address (trailing dots aside).
  if (text.charCodeAt(start) === APOSTROPHE) {
    let after = end;
    while (text.charCodeAt(after) === 0x2e) after++;
    if (text.charCodeAt(after) === APOSTROPHE) while (start < at && text.charCodeAt(start) === APOSTROPHE) start++;
  }
  return start;
}

/** Where the domain that starts after `at` ends (`at + 1` when there is none). */
function domainEnd(text: string, at: number): number {
  let end = at + 1;
  if (text.charCodeAt(end) === 0x5b) {
    // An address literal, "user@[192.0.2.1]" (RFC 5321 §4.1.3).
    const close = text.indexOf(']', end);
    return close > 0 && close - end < 48 && /^\[[0-9a-f.:]+\]$/i.test(text.slice(end, close + 1)) ? close + 1 : end;
  }
  while (end < text.length && end - at <= DOMAIN_MAX && isDomainChar(text.charCodeAt(end))) end++;
  while (end > at + 1 && (text.charCodeAt(end - 1) === 0x2e || text.charCodeAt(end - 1) === 0x2d)) end--;
  return end;
}

/**
 * A local part as reported: lowercase (Sisimai lowercases whole addresses), and a quoted one
 * without its quotes when it is a plain dot-atom, which RFC 5321 §4.1.2 makes the same mailbox.
 */
function canonicalLocal(local: string): string {
  if (local.charCodeAt(0) === QUOTE) {
    const inner = local.slice(1, -1).replace(/\\(.)/g, '$1');
    if (dotAtom.test(inner)) return inner.toLowerCase();
  }
  return local.toLowerCase();
}

/** One address found in a text: canonical (see canonicalLocal), and where it stands. */
export interface AddressOccurrence {
  address: string;
  start: number;
  end: number;
}

/**
 * Every address in `text`, in order, at most `limit`; with `spans`, the start and end of each
 * are pushed there too (two numbers per address).
 */
function scan(text: string, limit: number, spans?: number[]): string[] {
  const found: string[] = [];
  let at = text.indexOf('@');
  while (at >= 0 && found.length < limit) {
    const end = domainEnd(text, at);
    const domain = text.slice(at + 1, end);
    // An "@" followed by `"@` sits inside a quoted local part ("a@b"@example.org): the next one reads it.
    const insideQuotes = text.charCodeAt(end) === QUOTE && text.charCodeAt(end + 1) === 0x40;
    if (!insideQuotes && domain && (domain.startsWith('[') || domainShape.test(domain))) {
      const start = text.charCodeAt(at - 1) === QUOTE ? quotedLocalStart(text, at - 1) : atomLocalStart(text, at, end);
      if (start >= 0 && start < at) {
        found.push(`${canonicalLocal(text.slice(start, at))}@${domain.toLowerCase()}`);
        spans?.push(start, end);
      }
    }
    at = text.indexOf('@', Math.max(at + 1, end));
  }
  return found;
}

/** Every address occurrence in `text`, in order, at most `limit`, with where it stands. */
export function addressOccurrences(text: string, limit: number = MAX_ADDRESSES_SCANNED): AddressOccurrence[] {
  const spans: number[] = [];
  return scan(text, limit, spans).map((address, i) => ({ address, start: spans[2 * i] ?? 0, end: spans[2 * i + 1] ?? 0 }));
}

/** The first e-mail address in `text`, canonical, or '' when none. */
export function findAddress(text: string): string {
  return scan(text, 1)[0] ?? '';
}

/** Every e-mail address in `text`, canonical, in order of appearance, without duplicates. */
export function findAddresses(text: string): string[] {
  const found = new Set<string>();
  for (const address of scan(text, MAX_ADDRESSES_SCANNED)) {
    found.add(address);
    if (found.size >= MAX_ADDRESSES) break;
  }
  return [...found];
}

/** The domain of an address, lowercased, or ''. */
export function domainOf(address: string): string {
  const at = address.lastIndexOf('@');
  return at < 0 ? '' : address.slice(at + 1).toLowerCase();
}

/**
 * A pattern source for one address inside a decoder's line pattern: a quoted local part (any
 * printable text, quoted pairs allowed), or a run without spaces, brackets, quotes, colons or "@";
 * "@"; a domain without spaces, brackets, quotes or colons. Decoders capture with it and hand the
 * capture to findAddress, which checks and canonicalises. The local part stops at the first "@"
 * (the capture is the same text): with "@" allowed in both halves, a line of "@@@@" could be split
 * in every way, polynomial even with the bounds (recheck, issue 11).
 */
const QUOTED_LOCAL_PATTERN = String.raw`"(?:[^"\\\r\n]|\\.){0,160}"`;
const DOMAIN_PATTERN = String.raw`[^\s<>":]{1,260}`;
export const ADDRESS_PATTERN = String.raw`(?:${QUOTED_LOCAL_PATTERN}|[^\s<>":@]{1,200})@${DOMAIN_PATTERN}`;
/** The same, for an address whose local part is quoted ("a b"@example.jp) only. */
export const QUOTED_ADDRESS_PATTERN = `${QUOTED_LOCAL_PATTERN}@${DOMAIN_PATTERN}`;

/** True when a decoder's recipient is something to show and track: visible text, not only brackets or quotes. */
export function isUsableAddress(recipient: string): boolean {
  for (let i = 0; i < recipient.length; i++) {
    const code = recipient.charCodeAt(i);
    const folded = code | 0x20;
    if ((code >= 0x30 && code <= 0x39) || (folded >= 0x61 && folded <= 0x7a)) return true;
  }
  return /[\p{L}\p{N}]/u.test(recipient);
}
