import { describe, expect, it } from 'vitest';
import { BACKGROUND_REQUEST_TYPES } from '@/lib/messaging/protocol';
import { CONTENT_SCRIPT_REQUEST_TYPES, mayRequest, senderKind, WEBMAIL_ORIGINS } from '@/lib/messaging/senders';
import { GMAIL_MATCHES, OUTLOOK_MATCHES } from '@/wxt.config';

const own = { id: 'ownid', baseUrl: 'chrome-extension://ownid/' };
const popup = { id: 'ownid', url: 'chrome-extension://ownid/popup.html' };
const optionsInTab = { id: 'ownid', url: 'chrome-extension://ownid/options.html', tab: { id: 3 } };
const firefoxPopup = { id: 'bounce-navi@example.jp', url: 'moz-extension://1234-abcd/popup.html' };
const gmail = { id: 'ownid', url: 'https://mail.google.com/mail/u/0/#inbox/abc', tab: { id: 1 } };
const outlook = { id: 'ownid', url: 'https://outlook.office.com/mail/inbox/id/x', origin: 'https://outlook.office.com', tab: { id: 2 } };

const stateChanging = ['clear-tracker', 'import-tracker', 'update-settings', 'unflag-recipient', 'delete-recipient'] as const;

describe('background request senders (issue 11)', () => {
  it('tells our pages, our content scripts and anything else apart', () => {
    expect(senderKind(popup, own)).toBe('extension-page');
    expect(senderKind(optionsInTab, own)).toBe('extension-page');
    expect(senderKind(firefoxPopup, { id: 'bounce-navi@example.jp', baseUrl: 'moz-extension://1234-abcd/' })).toBe('extension-page');
    expect(senderKind(gmail, own)).toBe('content-script');
    expect(senderKind(outlook, own)).toBe('content-script');
    // Another extension, a lookalike origin, a page that is not a webmail, no tab, no URL.
    expect(senderKind({ ...popup, id: 'otherid' }, own)).toBe('foreign');
    expect(senderKind({ ...gmail, id: 'otherid' }, own)).toBe('foreign');
    expect(senderKind({ ...gmail, url: 'https://mail.google.com.evil.example/x' }, own)).toBe('foreign');
    expect(senderKind({ ...gmail, url: 'http://mail.google.com/x' }, own)).toBe('foreign');
    expect(senderKind({ ...gmail, url: 'https://example.com/' }, own)).toBe('foreign');
    expect(senderKind({ id: 'ownid', url: gmail.url }, own)).toBe('foreign');
    expect(senderKind({ id: 'ownid', url: 'chrome-extension://otherid/popup.html' }, own)).toBe('foreign');
    expect(senderKind({ id: 'ownid', tab: { id: 1 } }, own)).toBe('foreign');
    expect(senderKind({ id: 'ownid', url: 'not a url', tab: {} }, own)).toBe('foreign');
  });

  it('content scripts may classify, record and ask the guard; state-changing requests come only from our pages', () => {
    expect([...CONTENT_SCRIPT_REQUEST_TYPES].sort()).toEqual(['check-recipients', 'classify', 'record-bounce']);
    for (const type of BACKGROUND_REQUEST_TYPES) {
      expect(mayRequest(type, popup, own), type).toBe(true);
      expect(mayRequest(type, optionsInTab, own), type).toBe(true);
      expect(mayRequest(type, gmail, own), type).toBe(CONTENT_SCRIPT_REQUEST_TYPES.has(type));
      expect(mayRequest(type, { ...gmail, id: 'otherid' }, own), type).toBe(false);
    }
    for (const type of stateChanging) {
      expect(mayRequest(type, gmail, own), type).toBe(false);
      expect(mayRequest(type, outlook, own), type).toBe(false);
    }
  });

  it('knows the same webmail origins as the manifest', () => {
    expect([...GMAIL_MATCHES, ...OUTLOOK_MATCHES].map((match) => new URL(match.replace('/*', '/')).origin).sort()).toEqual([...WEBMAIL_ORIGINS].sort());
  });
});
