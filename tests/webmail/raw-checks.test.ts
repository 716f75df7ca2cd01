import { describe, expect, it } from 'vitest';
import { fixture } from '../fixtures-read';
import { checkMailBytes, checkMailText } from '@/lib/webmail/mail-check';
import { decodeHtmlEntities, extractShowOriginalSource, findGmailIk } from '@/lib/webmail/gmail/show-original';
import { showOriginalPage } from '../webmail-sim/scenes.mjs';

describe('checkMail', () => {
  it('accepts a mail (and an mbox From line before it)', () => {
    expect(checkMailText(fixture('eml/webmail/gmail-user-unknown.eml'))).toEqual({ ok: true });
    expect(checkMailText('From MAILER-DAEMON Wed Nov 11 14:02:11 2026\nFrom: x@example.com\n\nbody')).toEqual({ ok: true });
    expect(checkMailBytes(new TextEncoder().encode('Return-Path: <>\r\nSubject: x\r\n\r\nbody'))).toEqual({ ok: true });
  });
  it('refuses a sign-in page, an empty answer and plain text', () => {
    expect(checkMailText('<!DOCTYPE html><html><body>Sign in</body></html>')).toEqual({ ok: false, cause: 'html' });
    expect(checkMailText('\n  <html lang="ja">')).toEqual({ ok: false, cause: 'html' });
    expect(checkMailBytes(new Uint8Array())).toEqual({ ok: false, cause: 'empty' });
    expect(checkMailText('Unauthorized')).toEqual({ ok: false, cause: 'not-a-mail' });
  });
});

describe('show original', () => {
  it('reads the source back exactly from the page Gmail serves', () => {
    const raw = fixture('eml/webmail/gmail-hostile.eml');
    expect(extractShowOriginalSource(showOriginalPage(raw))).toBe(raw);
  });
  it('answers undefined for a page without the source (a sign-in page)', () => {
    expect(extractShowOriginalSource('<html><body><form></form></body></html>')).toBeUndefined();
  });
  it('decodes named and numeric entities, leaving unknown ones', () => {
    expect(decodeHtmlEntities('&lt;a&gt; &amp;amp; &#39; &#x3042; &bogus;')).toBe("<a> &amp; ' あ &bogus;");
  });
  it('finds ik in GLOBALS', () => {
    expect(findGmailIk(['var x=1', 'var GLOBALS=[null,null,1,"a",0,"b","c","d",null,"0a1b2c3d4e",0];'])).toBe('0a1b2c3d4e');
    expect(findGmailIk(['var GLOBALS=[1,2];'])).toBeUndefined();
  });
});
