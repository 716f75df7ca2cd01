// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { gmailCompose } from '@/lib/webmail/gmail/compose';
import { classicChipInputSelector, composeRootSelectors, peopleKitChipSelector, sendButtonSelectors } from '@/lib/webmail/gmail/selectors';
import { outlookCompose } from '@/lib/webmail/outlook/compose';
import { recipientWellSelectors, sendButtonSelectors as outlookSendSelectors } from '@/lib/webmail/outlook/selectors';
import { fixture } from '../fixtures-read';
import { loadPage } from './load-page';

// The compose selectors against the saved compose pages (tests/fixtures/html/*/compose-*.html,
// saved from tests/webmail-sim/compose-page.mjs): one compose each, with To, Cc and Bcc chips.

const all = [
  ['taro@example.jp', 'to', 'chip'],
  ['hanako@gmai.com', 'to', 'chip'],
  ['jiro@docomo.ne.jo', 'cc', 'chip'],
  ['boss@example.co.jp', 'bcc', 'chip'],
];
const shape = (doc: Document, adapter: typeof gmailCompose) =>
  adapter.findComposeRoots(doc).map((root) => adapter.readRecipients(root).map((r) => [r.address, r.field, r.kind]));

describe('Gmail compose on the saved pages', () => {
  it.each(['compose-popup-peoplekit.html', 'compose-fullscreen-peoplekit-en.html', 'compose-popup-classic.html'])('%s: one compose, every chip with its field', (file) => {
    const doc = loadPage(fixture(`html/gmail/${file}`));
    expect(doc.querySelectorAll(composeRootSelectors[0])).toHaveLength(1);
    expect(doc.querySelectorAll(sendButtonSelectors[0])).toHaveLength(1);
    expect(shape(doc, gmailCompose)).toEqual([all]);
  });

  it('counts the chips of each UI with its own selector', () => {
    expect(loadPage(fixture('html/gmail/compose-popup-peoplekit.html')).querySelectorAll(peopleKitChipSelector)).toHaveLength(4);
    expect(loadPage(fixture('html/gmail/compose-popup-classic.html')).querySelectorAll(classicChipInputSelector)).toHaveLength(4);
  });

  it('finds the inline reply inside the conversation', () => {
    const doc = loadPage(fixture('html/gmail/compose-inline-reply.html'));
    const [root] = gmailCompose.findComposeRoots(doc);
    expect(root?.closest('.AO')).not.toBeNull();
    expect(shape(doc, gmailCompose)).toEqual([[['taro@example.jp', 'to', 'chip']]]);
  });

  it('reads typed text not yet a chip, several addresses at once', () => {
    const doc = loadPage(fixture('html/gmail/compose-popup-peoplekit.html'));
    const input = doc.querySelector<HTMLInputElement>('div[name="cc"] input')!;
    input.value = 'saburo@example.jp, shiro＠example.jp';
    const typed = gmailCompose.readRecipients(gmailCompose.findComposeRoots(doc)[0]!).filter((r) => r.kind === 'typed');
    expect(typed.map((r) => [r.address, r.field])).toEqual([
      ['saburo@example.jp', 'cc'],
      ['shiro＠example.jp', 'cc'],
    ]);
  });

  it('tells a click on Send, Enter on it and Ctrl+Enter in the body from other events', () => {
    const doc = loadPage(fixture('html/gmail/compose-popup-peoplekit.html'));
    const root = gmailCompose.findComposeRoots(doc)[0]!;
    const send = root.querySelector(sendButtonSelectors[0])!;
    const body = root.querySelector('[role="textbox"]')!;
    const seen: (string | undefined)[] = [];
    const listener = (event: Event) => seen.push(gmailCompose.sendAttempt(event, root)?.trigger);
    for (const type of ['mousedown', 'click', 'keydown']) doc.addEventListener(type, listener, true);
    send.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, button: 0 }));
    send.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, button: 2 }));
    send.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, key: 'Enter' }));
    body.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, key: 'Enter', ctrlKey: true }));
    body.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, key: 'Enter' }));
    root.querySelector('.hG')!.dispatchEvent(new MouseEvent('click', { bubbles: true, button: 0 }));
    expect(seen).toEqual(['send', undefined, 'send', 'send', undefined, undefined]);
  });
});

describe('Outlook compose on the saved pages', () => {
  it.each(['compose-reading-pane.html', 'compose-popout-en.html'])('%s: one compose, every chip with its field', (file) => {
    const doc = loadPage(fixture(`html/outlook/${file}`));
    // Three wells plus the body, which is a role=textbox too and is not a recipient well.
    expect(doc.querySelectorAll(recipientWellSelectors[0])).toHaveLength(4);
    expect(doc.querySelectorAll(outlookSendSelectors.join(','))).toHaveLength(1);
    expect(shape(doc, outlookCompose)).toEqual([all]);
  });

  it('reads the text typed after the chips', () => {
    const doc = loadPage(fixture('html/outlook/compose-reading-pane.html'));
    const well = doc.querySelector('[aria-label="宛先"]')!;
    well.append(doc.createTextNode('saburo@gmial.com'));
    const typed = outlookCompose.readRecipients(outlookCompose.findComposeRoots(doc)[0]!).filter((r) => r.kind === 'typed');
    expect(typed.map((r) => [r.address, r.field])).toEqual([['saburo@gmial.com', 'to']]);
  });
});
