import { detectBounceSignal } from '../detect';
import { accountAddressIn, firstMatch, isShown, lastAddress, plainText, renderedText } from '../dom';
import { detectTheme } from '../theme';
import type { MessageSource, OpenedMessage, RetrievalFailure, WebmailAdapter } from '../types';
import { downloadOriginal, showOriginal } from './raw-source';
import {
  accountSelectors,
  bodySelectors,
  dateSelectors,
  messageSelectors,
  senderSelectors,
  subjectSelectors,
  themeSampleSelectors,
} from './selectors';
import { findGmailIk } from './show-original';
import { gmailAccountBase, gmailDownloadUrl, gmailMessageRef, gmailShowOriginalUrl } from './urls';

function senderOf(message: Element): { address: string; name: string } {
  const sender = firstMatch(message, senderSelectors);
  return { address: sender?.getAttribute('email') ?? '', name: sender?.getAttribute('name') ?? plainText(sender) };
}

/** The conversation subject shown above the messages. */
function subjectOf(message: Element): string {
  const scope = message.closest('[role="main"]') ?? message.ownerDocument;
  return plainText(firstMatch(scope, subjectSelectors));
}

function renderedSource(message: Element, failures: RetrievalFailure[]): MessageSource {
  const sender = senderOf(message);
  return {
    kind: 'rendered',
    failures,
    message: {
      subject: subjectOf(message),
      from: sender.name && sender.address ? `${sender.name} <${sender.address}>` : sender.address || sender.name,
      body: renderedText(firstMatch(message, bodySelectors)),
      date: firstMatch(message, dateSelectors)?.getAttribute('title') ?? undefined,
    },
  };
}

/**
 * The address in Gmail's document title, "<view or subject> - <address> - Gmail": the part just
 * before the last " - Gmail" (the subject comes first and cannot push it out of that place).
 */
export function accountInTitle(title: string): string | undefined {
  const end = title.lastIndexOf(' - Gmail');
  if (end < 0) return undefined;
  const start = title.lastIndexOf(' - ', end - 1);
  const address = lastAddress(title.slice(start < 0 ? 0 : start + 3, end).slice(-512));
  return address || undefined;
}

let cacheCounter = 0;

export const gmailAdapter: WebmailAdapter = {
  id: 'gmail',

  findOpenedMessages(doc) {
    const found: OpenedMessage[] = [];
    for (const selector of messageSelectors) {
      for (const element of doc.querySelectorAll(selector)) {
        // A collapsed message shows its header only; its body is hidden. Open means body shown.
        const body = firstMatch(element, bodySelectors);
        if (!body || !isShown(body)) continue;
        const key = element.getAttribute('data-message-id')?.replace(/^#/, '') || element.getAttribute('data-legacy-message-id') || '';
        if (key && !found.some((m) => m.key === key)) found.push({ key, element });
      }
      if (found.length > 0) break;
    }
    return found;
  },

  bounceSignal(message) {
    const sender = senderOf(message.element);
    return detectBounceSignal(
      { senderAddress: sender.address, senderName: sender.name, subject: subjectOf(message.element) },
      () => firstMatch(message.element, bodySelectors)?.textContent ?? '',
    );
  },

  async fetchSource(message, signal) {
    const { element } = message;
    const failures: RetrievalFailure[] = [];
    const ref = gmailMessageRef(element.getAttribute('data-message-id'), element.getAttribute('data-legacy-message-id'));
    const base = gmailAccountBase(location.pathname);
    if (!ref || !base) {
      failures.push({ route: 'download', cause: 'no-message-id', detail: element.getAttribute('data-message-id') ?? '' });
      return renderedSource(element, failures);
    }
    cacheCounter += 1;
    const download = await downloadOriginal(gmailDownloadUrl(location.origin, base, ref, `${Date.now()}-${cacheCounter}`), signal);
    if (download.ok) return { kind: 'raw', bytes: download.bytes, route: 'download', failures };
    failures.push(download.failure);
    // The show-original page: only worth a request when the download was refused as a
    // response (not when the session is gone, where it would be refused the same way).
    if (download.failure.cause !== 'login-page') {
      const ik = findGmailIk([...element.ownerDocument.querySelectorAll('script:not([src])')].map((s) => s.textContent ?? ''));
      const original = await showOriginal(gmailShowOriginalUrl(location.origin, base, ref, ik), signal);
      if (original.ok) return { kind: 'raw', bytes: original.bytes, route: 'show-original', failures };
      failures.push(original.failure);
    }
    return renderedSource(element, failures);
  },

  theme(doc) {
    return detectTheme([...themeSampleSelectors.map((s) => doc.querySelector(s)), doc.body, doc.documentElement]);
  },

  accountAddress(doc) {
    return (
      accountAddressIn(doc, accountSelectors, (element) => element.getAttribute('aria-label') ?? '', [...messageSelectors, ...bodySelectors]) ??
      accountInTitle(doc.title)
    );
  },
};
