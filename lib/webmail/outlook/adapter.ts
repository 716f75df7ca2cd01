import { detectBounceSignal } from '../detect';
import { accountAddressIn, allMatches, findAddress, firstMatch, isShown, plainText, renderedText, withoutTags } from '../dom';
import { detectTheme } from '../theme';
import type { OpenedMessage, WebmailAdapter } from '../types';
import {
  accountSelectors,
  bodySelectors,
  itemSelectors,
  readingPaneSelectors,
  senderSelectors,
  subjectSelectors,
  themeSampleSelectors,
} from './selectors';

/** FNV-1a, 32 bit: a short, stable fingerprint of what the reading pane shows. */
export function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

interface OutlookParts {
  subject: string;
  senderName: string;
  senderAddress: string;
  body: Element;
}

/** Header parts of the message around a body, read outside the body (which the mail controls). */
function partsOf(message: OpenedMessage): OutlookParts {
  const body = firstMatch(message.element, bodySelectors) ?? message.element;
  const pane = message.element.closest(readingPaneSelectors.join(',')) ?? message.element;
  const heading = firstMatch(message.element, subjectSelectors) ?? firstMatch(pane, subjectSelectors);
  const sender = allMatches(message.element, senderSelectors).find((element) => !body.contains(element));
  const senderText = plainText(sender ?? null);
  const senderAddress = findAddress(sender?.getAttribute('title') ?? '') || findAddress(senderText);
  const senderName = withoutTags(senderText).replace(senderAddress, '').trim();
  return { subject: plainText(heading), senderName, senderAddress, body };
}

/** The visible message bodies in the reading pane: one per expanded message of a conversation. */
function openedBodies(doc: Document): { item: Element; body: Element }[] {
  const pane = allMatches(doc, readingPaneSelectors).find(isShown);
  if (!pane) return [];
  return [...pane.querySelectorAll(bodySelectors.join(','))]
    .filter(isShown)
    .map((body) => ({ item: body.closest(itemSelectors.join(',')) ?? pane, body }));
}

export const outlookAdapter: WebmailAdapter = {
  id: 'outlook',

  findOpenedMessages(doc) {
    return openedBodies(doc).map(({ item, body }) => {
      const message = { key: '', element: item };
      const parts = partsOf(message);
      // Keyed by content: the URL's id may name the conversation, not the item (webmail.md §2.1).
      const text = `${parts.subject}\n${parts.senderAddress}\n${(body.textContent ?? '').slice(0, 20_000)}`;
      return { key: `owa-${fingerprint(text)}`, element: item };
    });
  },

  bounceSignal(message) {
    const parts = partsOf(message);
    return detectBounceSignal(
      { senderAddress: parts.senderAddress, senderName: parts.senderName, subject: parts.subject },
      () => parts.body.textContent ?? '',
    );
  },

  fetchSource(message) {
    // OWA offers content scripts no MIME without tokens (webmail.md §2.5): the rendered NDR,
    // which carries the administrators' diagnostic section, is the source.
    const parts = partsOf(message);
    const from = parts.senderName && parts.senderAddress ? `${parts.senderName} <${parts.senderAddress}>` : parts.senderAddress || parts.senderName;
    return Promise.resolve({
      kind: 'rendered',
      failures: [],
      message: { subject: parts.subject, from, body: renderedText(parts.body) },
    });
  },

  theme(doc) {
    return detectTheme([...themeSampleSelectors.map((s) => doc.querySelector(s)), doc.body, doc.documentElement]);
  },

  accountAddress(doc) {
    // Outside the reading pane: a mail cannot draw into the account manager or the folder pane.
    return accountAddressIn(
      doc,
      accountSelectors,
      (element) => element.getAttribute('title') ?? element.textContent ?? '',
      [...readingPaneSelectors, ...bodySelectors],
    );
  },
};
