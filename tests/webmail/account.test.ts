// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { lastAddress } from '@/lib/webmail/dom';
import { accountInTitle, gmailAdapter } from '@/lib/webmail/gmail/adapter';
import { outlookAdapter } from '@/lib/webmail/outlook/adapter';
import { cpuMs } from '../cpu-clock';
import { fixture } from '../fixtures-read';
import { gmailPage } from '../webmail-sim/gmail-page.mjs';
import { gmailMessages as g, outlookMessages as o } from '../webmail-sim/messages.mjs';
import { outlookPage } from '../webmail-sim/outlook-page.mjs';
import { sceneById } from '../webmail-sim/scenes.mjs';
import { loadPage } from './load-page';

// Where the open account's address is read (docs/webmail-integration.md): the tracker compares
// the returned original's sender with it (lib/tracker/ownership.ts).

const saved = (path: string) => loadPage(fixture(path));

describe("the open account's address", () => {
  it('Gmail: the Google bar account button, on the saved page and the reproduced ones', () => {
    expect(gmailAdapter.accountAddress(saved('html/gmail/conversation-bounce.html'))).toBe('tanaka.hanako@example.com');
    expect(gmailAdapter.accountAddress(loadPage(sceneById('gmail-host-unknown').html))).toBe('tanaka.hanako@example.com');
    expect(gmailAdapter.accountAddress(loadPage(sceneById('gmail-user-unknown-u1').html))).toBe('sato.kenji@example.co.jp');
    const english = loadPage(gmailPage({ lang: 'en', account: 'ito.mai@example.jp', conversation: { subject: 'x', messages: [g.mailboxFull] } }));
    expect(gmailAdapter.accountAddress(english)).toBe('ito.mai@example.jp');
  });

  it('Gmail: the document title when the bar has no account button; a subject cannot take its place', () => {
    const doc = loadPage(sceneById('gmail-host-unknown').html);
    doc.querySelector('a[href*="SignOutOptions"]')?.remove();
    expect(gmailAdapter.accountAddress(doc)).toBe('tanaka.hanako@example.com');
    expect(accountInTitle('受信トレイ (3) - tanaka.hanako@example.com - Gmail')).toBe('tanaka.hanako@example.com');
    expect(accountInTitle('Re: x - boss@evil.example - Gmail - tanaka.hanako@example.com - Gmail')).toBe('tanaka.hanako@example.com');
    expect(accountInTitle('Gmail')).toBeUndefined();
    expect(accountInTitle(`${'@'.repeat(5000)} - Gmail`)).toBeUndefined();
  });

  it('Gmail: an account button drawn inside a mail body is not read', () => {
    const doc = loadPage(sceneById('gmail-host-unknown').html);
    doc.querySelector('a[href*="SignOutOptions"]')?.remove();
    doc.title = 'Gmail';
    const body = doc.querySelector('div.a3s')!;
    const fake = doc.createElement('a');
    fake.setAttribute('href', 'https://accounts.google.com/SignOutOptions');
    fake.setAttribute('aria-label', 'Google Account: boss@evil.example');
    body.append(fake);
    expect(gmailAdapter.accountAddress(doc)).toBeUndefined();
  });

  it('Outlook: the account manager, on the saved page and the reproduced ones; never from the reading pane', () => {
    expect(outlookAdapter.accountAddress(saved('html/outlook/reading-pane-ndr.html'))).toBe('tanaka.hanako@example.com');
    const doc = loadPage(outlookPage({ accountPath: '/mail/0/', account: 'kato.yu@example.jp', messages: [o.ordinary, o.ndrNew] }));
    expect(outlookAdapter.accountAddress(doc)).toBe('kato.yu@example.jp');
    doc.getElementById('mectrl_currentAccount_secondary')?.remove();
    const pane = doc.getElementById('ReadingPaneContainerId')!;
    const inPane = doc.createElement('div');
    inPane.id = 'mectrl_currentAccount_secondary';
    inPane.textContent = 'boss@evil.example';
    pane.append(inPane);
    expect(outlookAdapter.accountAddress(doc)).toBeUndefined();
    // The folder pane names the mailbox by its address.
    const nav = doc.createElement('div');
    nav.setAttribute('role', 'navigation');
    const item = doc.createElement('div');
    item.setAttribute('role', 'treeitem');
    item.setAttribute('title', 'kato.yu@example.jp');
    nav.append(item);
    doc.body.prepend(nav);
    expect(outlookAdapter.accountAddress(doc)).toBe('kato.yu@example.jp');
  });

  it('reads the last address of a short text, linearly', () => {
    expect(lastAddress('Google アカウント: 田中 花子（tanaka.hanako@example.com）')).toBe('tanaka.hanako@example.com');
    expect(lastAddress('Google Account: Hanako (hanako@example.com)')).toBe('hanako@example.com');
    expect(lastAddress('no address here')).toBe('');
    expect(lastAddress('a@b@c.example')).toBe('');
    // CPU time of this process (tests/cpu-clock.ts), not the wall clock of a shared machine.
    expect(cpuMs(() => lastAddress('@'.repeat(100_000)))).toBeLessThan(1000);
  });
});
