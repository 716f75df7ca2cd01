// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { outlookAdapter } from '@/lib/webmail/outlook/adapter';
import { bodySelectors, readingPaneSelectors, subjectSelectors } from '@/lib/webmail/outlook/selectors';
import { outlookMessages as o } from '../webmail-sim/messages.mjs';
import { outlookPage } from '../webmail-sim/outlook-page.mjs';
import { loadPage } from './load-page';

/** The reproduced page with message `index` in the reading pane (what its own script does in a browser). */
function openMessage(options: Parameters<typeof outlookPage>[0], index: number): Document {
  const doc = loadPage(outlookPage(options));
  const template = doc.getElementById(`bn-fixture-msg${index}`) as HTMLTemplateElement;
  doc.getElementById('ReadingPaneContainerId')!.replaceChildren(template.content.cloneNode(true));
  return doc;
}

const messages = [o.ordinary, o.ndrNew, o.ndrOld, o.ndrJapanese];

describe('Outlook selectors on the reproduced pages', () => {
  it('find the pane, the subject and the body, whatever the aria-label language', () => {
    for (const lang of ['ja', 'en', 'de'] as const) {
      const doc = openMessage({ accountPath: '/mail/0/', lang, messages }, 1);
      expect(doc.querySelectorAll(readingPaneSelectors[0])).toHaveLength(1);
      expect(doc.querySelector(`${readingPaneSelectors[0]} ${subjectSelectors[0]}`)?.textContent).toBe('Undeliverable: 内見のご案内');
      expect(doc.querySelectorAll(`${readingPaneSelectors[0]} ${bodySelectors[0]}`)).toHaveLength(1);
    }
  });
});

describe('outlookAdapter', () => {
  it('sees no message when the pane is empty', () => {
    expect(outlookAdapter.findOpenedMessages(loadPage(outlookPage({ accountPath: '/mail/', messages })))).toEqual([]);
  });

  it.each([
    [1, 'strong'],
    [2, 'strong'],
    [3, 'strong'],
    [0, undefined],
  ] as const)('message %i gives signal %s', (index, expected) => {
    const [message] = outlookAdapter.findOpenedMessages(openMessage({ accountPath: '/mail/', messages }, index));
    expect(outlookAdapter.bounceSignal(message!)).toBe(expected);
  });

  it('keys a message by what it shows: the same message gives the same key, another a different one', () => {
    const key = (index: number, layout?: 'ItemContainer') =>
      outlookAdapter.findOpenedMessages(openMessage({ accountPath: '/mail/', layout, messages }, index))[0]!.key;
    expect(key(1)).toBe(key(1));
    expect(key(1)).not.toBe(key(2));
    expect(key(2, 'ItemContainer')).toBe(key(2));
  });

  it('hands the classifier the subject, the sender and the body text with the diagnostic section', async () => {
    const [message] = outlookAdapter.findOpenedMessages(openMessage({ accountPath: '/mail/', messages }, 2));
    const source = await outlookAdapter.fetchSource(message!, new AbortController().signal);
    expect(source.kind).toBe('rendered');
    if (source.kind !== 'rendered') return;
    expect(source.message.subject).toBe('Undeliverable: お見積りの件');
    expect(source.message.from).toBe('Microsoft Outlook <postmaster@example.onmicrosoft.com>');
    expect(source.message.body).toContain("Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound");
  });

  it('reads dark mode', () => {
    expect(outlookAdapter.theme(openMessage({ accountPath: '/mail/', theme: 'dark', messages }, 1))).toBe('dark');
    expect(outlookAdapter.theme(openMessage({ accountPath: '/mail/', messages }, 1))).toBe('light');
  });
});
