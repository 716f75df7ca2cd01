/**
 * Who may ask the background what. runtime.onMessage hears every part of the extension, and a
 * content script runs in a page a stranger's mail is shown in: it may classify and record what it
 * sees (and ask the compose guard), but never change the user's data or settings. Only the
 * extension's own pages (popup, options) may clear, import, unflag, delete or change settings.
 * Messages from other extensions never reach onMessage (that is onMessageExternal), but the id is
 * checked all the same. No browser API here: the background passes its id and origin, so this is
 * tested in node.
 */
import type { BackgroundRequestType } from './protocol';

/** The webmail origins the content scripts run on (wxt.config.ts GMAIL_MATCHES / OUTLOOK_MATCHES; a test keeps them equal). */
export const WEBMAIL_ORIGINS: readonly string[] = [
  'https://mail.google.com',
  'https://outlook.live.com',
  'https://outlook.office.com',
  'https://outlook.office365.com',
];

/** What a content script may ask: read-only or additive for the open bounce and the compose guard. */
export const CONTENT_SCRIPT_REQUEST_TYPES: ReadonlySet<BackgroundRequestType> = new Set<BackgroundRequestType>(['classify', 'record-bounce', 'check-recipients']);

/** The parts of runtime.MessageSender that are read (Chromium and Firefox both set id, url and tab). */
export interface RequestSender {
  id?: string;
  url?: string;
  origin?: string;
  tab?: unknown;
}

export interface OwnExtension {
  /** runtime.id */
  id: string;
  /** runtime.getURL(''): "chrome-extension://<id>/" or "moz-extension://<uuid>/". */
  baseUrl: string;
}

function originOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}

/** Where a message came from: one of our pages, our content script on a webmail page, or neither. */
export function senderKind(sender: RequestSender, own: OwnExtension): 'extension-page' | 'content-script' | 'foreign' {
  if (sender.id !== own.id) return 'foreign';
  if (typeof sender.url === 'string' && sender.url.startsWith(own.baseUrl)) return 'extension-page';
  const origin = originOf(sender.url) ?? sender.origin;
  if (sender.tab !== undefined && origin !== undefined && WEBMAIL_ORIGINS.includes(origin)) return 'content-script';
  return 'foreign';
}

/** True when `sender` may make a request of `type`. */
export function mayRequest(type: BackgroundRequestType, sender: RequestSender, own: OwnExtension): boolean {
  const kind = senderKind(sender, own);
  if (kind === 'extension-page') return true;
  return kind === 'content-script' && CONTENT_SCRIPT_REQUEST_TYPES.has(type);
}
