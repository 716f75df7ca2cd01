/**
 * "Resend to the corrected address": the webmail's own compose window, opened on the account
 * the bounce was read in, with the corrected address, the original subject and the original's
 * text quoted. Nothing is sent by us: the user reads the draft, adds attachments again and
 * sends it themselves. Pure: URLs in, URLs out; no DOM, no extension API.
 *
 * - Gmail: `<account base>?view=cm&fs=1&to=…&su=…&body=…` (the compose-only view, full window),
 *   on the same `/mail/u/<n>/` or delegated `/mail/b/<token>/u/<n>/` base the page is on
 *   (webmail.md §1.1; urls.ts). `fs=1` is what Gmail's own "open in a new window" links carry.
 * - Outlook on the web: `<account base>deeplink/compose?to=…&subject=…&body=…` on the same host
 *   (`/mail/` for work accounts, `/mail/<n>/` for outlook.com's account index; webmail.md §2.1
 *   lists the `/mail/deeplink/…` routes). **(verify live)** that every tenant honours `body`.
 */
import { GMAIL_ORIGIN, isWebmailAccount, OUTLOOK_ORIGINS } from '@/lib/tracker/webmail-account';
import { isPlainOrIdnAddress } from '@/lib/address/visible';
import { gmailAccountBase } from './gmail/urls';

export { DEFAULT_GMAIL_ACCOUNT, DEFAULT_OUTLOOK_ACCOUNT, isWebmailAccount } from '@/lib/tracker/webmail-account';

/**
 * Longest compose URL built. Neither webmail documents a limit; HTTP front ends commonly refuse
 * request lines beyond 8 KB (Apache's LimitRequestLine 8190, nginx's 8k header buffers), so the
 * quoted text is cut to keep the whole URL under this.
 */
export const MAX_COMPOSE_URL_LENGTH = 8000;

/** The account of a webmail page (its location), or undefined off the webmails. */
export function webmailAccountOf(pageUrl: string): string | undefined {
  let url: URL;
  try {
    url = new URL(pageUrl);
  } catch {
    return undefined;
  }
  let base: string | undefined;
  if (url.origin === GMAIL_ORIGIN) {
    const gmail = gmailAccountBase(url.pathname);
    base = gmail === '/mail/' ? '/mail/u/0/' : gmail;
  } else if (OUTLOOK_ORIGINS.includes(url.origin)) {
    base = /^\/mail\/\d{1,2}\//.exec(url.pathname)?.[0] ?? (url.pathname.startsWith('/mail') ? '/mail/' : undefined);
  }
  const account = base ? `${url.origin}${base}` : undefined;
  return account && isWebmailAccount(account) ? account : undefined;
}

/**
 * Whether an address may go into a draft: plain ASCII or an address at a valid internationalised
 * domain, never an invisible or bidi character (lib/address/visible.ts, the tracker's own rule
 * for corrected addresses). Checked again here because it goes into a URL the user sends from.
 */
export function isDraftAddress(address: string): boolean {
  return isPlainOrIdnAddress(address);
}

/**
 * The original subject when only the bounce's own subject is known (a webmail's rendered NDR):
 * Exchange puts the original subject after "Undeliverable:" (in Japanese, 「配信不能:」).
 * '' when the bounce's subject does not carry it ("Delivery Status Notification (Failure)").
 */
export function originalSubjectOf(bounceSubject: string): string {
  const match = /^\s*(?:undeliverable|undelivered|unzustellbar|non remis|non recapitabile|配信不能|配信できませんでした)\s*[:：]\s*(\S.*)$/i.exec(bounceSubject);
  return match?.[1]?.trim() ?? '';
}

/** The words of a draft, from the page's text module. */
export interface DraftWords {
  /** The line above the quoted original, e.g. "---- 元のメッセージ ----". */
  quoteHeading: string;
  /** Added where the quote was cut to fit the URL. */
  cut: string;
}

export interface ResendDraft {
  to: string;
  subject: string;
  /** The original's text, quoted line by line with "> " below the heading; '' quotes nothing. */
  originalText: string;
}

/** The first `n` UTF-16 units, never ending inside a surrogate pair (encodeURIComponent throws on half of one). */
function prefix(text: string, n: number): string {
  const cut = text.slice(0, n);
  const last = cut.charCodeAt(cut.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut;
}

/** Lone surrogates (a badly decoded mail) replaced, so that encodeURIComponent cannot throw. */
function wellFormed(text: string): string {
  return text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

function quote(text: string): string {
  return text
    .split('\n')
    .map((line) => (line === '' ? '>' : `> ${line}`))
    .join('\n');
}

function bodyOf(originalText: string, words: DraftWords, cut: boolean): string {
  if (originalText.trim() === '') return '';
  return `\n\n${words.quoteHeading}\n${quote(originalText)}${cut ? `\n${words.cut}` : ''}\n`;
}

function buildUrl(account: string, to: string, subject: string, body: string): string {
  const e = encodeURIComponent;
  const url = new URL(account);
  const fields = [`to=${e(to)}`, ...(subject ? [`${url.origin === GMAIL_ORIGIN ? 'su' : 'subject'}=${e(subject)}`] : []), ...(body ? [`body=${e(body)}`] : [])];
  return url.origin === GMAIL_ORIGIN ? `${account}?view=cm&fs=1&${fields.join('&')}` : `${account}deeplink/compose?${fields.join('&')}`;
}

/**
 * The compose URL for a resend, or undefined when the account or the address is not one we
 * open. The quoted text is cut (at a line end when one is near) until the URL is at most
 * MAX_COMPOSE_URL_LENGTH; the subject is cut too if it alone is too long.
 */
export function resendComposeUrl(account: string, draft: ResendDraft, words: DraftWords): string | undefined {
  if (!isWebmailAccount(account) || !isDraftAddress(draft.to)) return undefined;
  // eslint-disable-next-line no-control-regex -- a subject is one line: controls become spaces
  const subject = wellFormed(draft.subject).replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
  const shortSubject = prefix(subject, 500);
  const text = wellFormed(draft.originalText).replace(/\r\n?/g, '\n');
  const full = buildUrl(account, draft.to, shortSubject, bodyOf(text, words, false));
  if (full.length <= MAX_COMPOSE_URL_LENGTH) return full;
  // Binary search for the longest prefix of the text that fits, with the "cut" note.
  let low = 0;
  let high = text.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (buildUrl(account, draft.to, shortSubject, bodyOf(prefix(text, mid), words, true)).length <= MAX_COMPOSE_URL_LENGTH) low = mid;
    else high = mid - 1;
  }
  let kept = prefix(text, low);
  const lineEnd = kept.lastIndexOf('\n');
  if (lineEnd > low * 0.8) kept = kept.slice(0, lineEnd);
  const url = buildUrl(account, draft.to, shortSubject, bodyOf(kept, words, true));
  return url.length <= MAX_COMPOSE_URL_LENGTH ? url : buildUrl(account, draft.to, prefix(shortSubject, 100), '');
}
