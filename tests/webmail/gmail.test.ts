// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { gmailAdapter } from '@/lib/webmail/gmail/adapter';
import { messageSelectors, senderSelectors, subjectSelectors } from '@/lib/webmail/gmail/selectors';
import { gmailPage } from '../webmail-sim/gmail-page.mjs';
import { gmailMessages as g } from '../webmail-sim/messages.mjs';
import { sceneById } from '../webmail-sim/scenes.mjs';
import { fixture } from '../fixtures-read';
import { loadPage } from './load-page';

const page = (id: string) => loadPage(sceneById(id).html);

afterEach(() => vi.unstubAllGlobals());

describe('Gmail selectors on the reproduced pages', () => {
  it('find each message, its sender and the subject', () => {
    const doc = page('gmail-host-unknown');
    expect(doc.querySelectorAll(messageSelectors[0])).toHaveLength(2);
    expect(doc.querySelectorAll(senderSelectors[0])).toHaveLength(2);
    expect(doc.querySelector(subjectSelectors[0])?.textContent).toBe('内見のご案内');
  });
});

describe('gmailAdapter', () => {
  it('lists the expanded message only (the collapsed original shows no body)', () => {
    const messages = gmailAdapter.findOpenedMessages(page('gmail-host-unknown'));
    expect(messages.map((m) => m.key)).toEqual([`msg-f:${g.hostUnknown.id}`]);
    expect(gmailAdapter.bounceSignal(messages[0]!)).toBe('strong');
  });

  it('skips a hidden stale view', () => {
    const messages = gmailAdapter.findOpenedMessages(page('gmail-stale-view'));
    expect(messages.map((m) => m.key)).toEqual([`msg-f:${g.ordinary.id}`]);
    expect(gmailAdapter.bounceSignal(messages[0]!)).toBeUndefined();
  });

  it('finds the message in the preview pane', () => {
    expect(gmailAdapter.findOpenedMessages(page('gmail-preview-delayed')).map((m) => m.key)).toEqual([`msg-f:${g.delayed.id}`]);
  });

  it('reads the theme from computed colours', () => {
    expect(gmailAdapter.theme(page('gmail-dark'))).toBe('dark');
    expect(gmailAdapter.theme(page('gmail-host-unknown'))).toBe('light');
  });

  it('downloads the raw source once, from the open account', async () => {
    const doc = loadPage(gmailPage({ conversation: { subject: 'x', messages: [g.userUnknown] } }));
    const fetchMock = vi.fn(() => Promise.resolve(new Response(fixture(g.userUnknown.eml), { status: 200 })));
    vi.stubGlobal('fetch', fetchMock);
    window.history.replaceState(null, '', '/mail/u/1/#inbox/FMfcgz');
    const [message] = gmailAdapter.findOpenedMessages(doc);
    const source = await gmailAdapter.fetchSource(message!, new AbortController().signal);
    expect(source.kind).toBe('raw');
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(String((fetchMock.mock.calls[0] as unknown[])[0])).toMatch(/\/mail\/u\/1\/\?view=att&permmsgid=msg-f:1847000000000000011&attid=0&disp=comp&safe=1&zw&cb=/);
  });

  it('falls back to show-original, then to the rendered text, saying why', async () => {
    const doc = loadPage(gmailPage({ conversation: { subject: 'Delivery Status Notification (Failure)', messages: [g.userUnknown] } }));
    const answers = [new Response('<!doctype html><title>Sign in</title>', { status: 200, headers: { 'content-type': 'text/html' } }), new Response('Unauthorized', { status: 401 })];
    vi.stubGlobal('fetch', vi.fn(() => Promise.resolve(answers.shift())));
    window.history.replaceState(null, '', '/mail/u/0/#inbox/FMfcgz');
    const [message] = gmailAdapter.findOpenedMessages(doc);
    const source = await gmailAdapter.fetchSource(message!, new AbortController().signal);
    expect(source.kind).toBe('rendered');
    expect(source.failures.map((f) => `${f.route} ${f.cause}`)).toEqual(['download html', 'show-original http-status']);
    if (source.kind !== 'rendered') return;
    expect(source.message.from).toBe('Mail Delivery Subsystem <mailer-daemon@googlemail.com>');
    expect(source.message.subject).toBe('Delivery Status Notification (Failure)');
    expect(source.message.body).toContain('550 5.1.1 The email account that you tried to reach does not exist.');
  });

  it('does not try show-original after a network failure caused by sign-in', async () => {
    const doc = loadPage(gmailPage({ conversation: { subject: 'x', messages: [g.userUnknown] } }));
    const signIn = new Response('<html></html>', { status: 200 });
    Object.defineProperty(signIn, 'url', { value: 'https://accounts.google.com/ServiceLogin' });
    const fetchMock = vi.fn(() => Promise.resolve(signIn));
    vi.stubGlobal('fetch', fetchMock);
    window.history.replaceState(null, '', '/mail/u/0/#inbox/FMfcgz');
    const [message] = gmailAdapter.findOpenedMessages(doc);
    const source = await gmailAdapter.fetchSource(message!, new AbortController().signal);
    expect(source.failures).toEqual([{ route: 'download', cause: 'login-page', detail: 'accounts.google.com' }]);
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });
});
