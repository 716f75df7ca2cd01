import type { OpenedMessage, WebmailAdapter } from '../types';
import { bodySelectors, messageSelectors, senderSelectors, subjectSelectors } from './selectors';

function first(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const found = root.querySelector(selector);
    if (found) return found;
  }
  return null;
}

function isVisible(element: Element): boolean {
  return (element as HTMLElement).offsetParent !== null || element.getClientRects().length > 0;
}

const bounceSender = /^(mailer-daemon|postmaster)@/i;

export const gmailAdapter: WebmailAdapter = {
  id: 'gmail',
  findOpenedMessages(doc) {
    const found: OpenedMessage[] = [];
    for (const selector of messageSelectors) {
      for (const element of doc.querySelectorAll(selector)) {
        if (!isVisible(element)) continue;
        found.push({ key: element.getAttribute('data-message-id') ?? '', element });
      }
    }
    return found;
  },
  isBounceCandidate(message) {
    const sender = first(message.element, senderSelectors)?.getAttribute('email') ?? '';
    return bounceSender.test(sender);
  },
  fetchSource(message) {
    const doc = message.element.ownerDocument;
    return Promise.resolve({
      kind: 'rendered',
      message: {
        subject: first(doc, subjectSelectors)?.textContent ?? '',
        from: first(message.element, senderSelectors)?.getAttribute('email') ?? '',
        body: (first(message.element, bodySelectors) as HTMLElement | null)?.innerText ?? '',
      },
    });
  },
  sidebarAnchor() {
    return document.body;
  },
};
