import type { WebmailAdapter } from '../types';
import { bodySelectors, readingPaneSelectors, subjectSelectors } from './selectors';

function first(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const found = root.querySelector(selector);
    if (found) return found;
  }
  return null;
}

const bounceMarkers = /undeliverable|delivery has failed|couldn't be delivered|配信不能|postmaster@|mailer-daemon@/i;

export const outlookAdapter: WebmailAdapter = {
  id: 'outlook',
  findOpenedMessages(doc) {
    const pane = first(doc, readingPaneSelectors);
    const body = pane && first(pane, bodySelectors);
    return pane && body ? [{ key: location.pathname, element: pane }] : [];
  },
  isBounceCandidate(message) {
    return bounceMarkers.test((message.element as HTMLElement).innerText);
  },
  fetchSource(message) {
    const body = first(message.element, bodySelectors) as HTMLElement | null;
    return Promise.resolve({
      kind: 'rendered',
      message: {
        subject: first(message.element, subjectSelectors)?.textContent ?? '',
        from: '',
        body: body?.innerText ?? '',
      },
    });
  },
  sidebarAnchor() {
    return document.body;
  },
};
