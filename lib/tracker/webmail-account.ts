/**
 * A webmail account as the tracker stores it with a recipient (`webmailAccount`): the origin and
 * account base of the page a bounce was read in, e.g. "https://mail.google.com/mail/u/1/" or
 * "https://outlook.live.com/mail/0/". lib/webmail/compose.ts opens the popup's "resend" drafts
 * there. Pure; here rather than in lib/webmail so that the tracker's checks can use it.
 */

/** The webmail hosts the extension runs on (the manifest's host permissions). */
export const GMAIL_ORIGIN = 'https://mail.google.com';
export const OUTLOOK_ORIGINS: readonly string[] = ['https://outlook.live.com', 'https://outlook.office.com', 'https://outlook.office365.com'];

/** Where the compose window opens when the account the bounce was read in is not known. */
export const DEFAULT_GMAIL_ACCOUNT = `${GMAIL_ORIGIN}/mail/u/0/`;
export const DEFAULT_OUTLOOK_ACCOUNT = 'https://outlook.office.com/mail/';

const GMAIL_BASE = /^\/mail\/(?:b\/[^/?#]{1,100}\/)?u\/\d{1,2}\/$/;
const OUTLOOK_BASE = /^\/mail\/(?:\d{1,2}\/)?$/;

/**
 * A webmail account as the tracker stores it: the origin and account base of the page the bounce
 * was read in, e.g. "https://mail.google.com/mail/u/1/" or "https://outlook.live.com/mail/0/".
 * Checked whenever it comes from a page, storage or a file: only the four webmail origins and
 * their account paths, so a stored value can never open anything else.
 */
export function isWebmailAccount(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > 200) return false;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.search !== '' || url.hash !== '' || url.username !== '' || url.password !== '' || `${url.origin}${url.pathname}` !== value) return false;
  if (url.origin === GMAIL_ORIGIN) return GMAIL_BASE.test(url.pathname);
  return OUTLOOK_ORIGINS.includes(url.origin) && OUTLOOK_BASE.test(url.pathname);
}

