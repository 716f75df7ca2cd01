import { describe, expect, it } from 'vitest';
import {
  isDraftAddress,
  isWebmailAccount,
  MAX_COMPOSE_URL_LENGTH,
  originalSubjectOf,
  resendComposeUrl,
  webmailAccountOf,
} from '@/lib/webmail/compose';

const words = { quoteHeading: '---- 元のメッセージ ----', cut: '（長いため、以下は省略しました）' };
const draft = { to: 'takahashi.yui@gmail.com', subject: '見積書のご送付', originalText: 'いつもお世話になっております。\n\n見積書をお送りします。' };

describe('the webmail account of a page', () => {
  it('keeps the Gmail account and the delegated mailbox, and the Outlook host and account index', () => {
    expect(webmailAccountOf('https://mail.google.com/mail/u/1/#inbox/FMfcgzQ')).toBe('https://mail.google.com/mail/u/1/');
    expect(webmailAccountOf('https://mail.google.com/mail/b/fixture238/u/0/#inbox')).toBe('https://mail.google.com/mail/b/fixture238/u/0/');
    expect(webmailAccountOf('https://mail.google.com/mail/#inbox')).toBe('https://mail.google.com/mail/u/0/');
    expect(webmailAccountOf('https://outlook.live.com/mail/0/inbox/id/AAQk')).toBe('https://outlook.live.com/mail/0/');
    expect(webmailAccountOf('https://outlook.office.com/mail/inbox/id/AAQk')).toBe('https://outlook.office.com/mail/');
    expect(webmailAccountOf('https://outlook.office365.com/mail/deeplink/readconv/x')).toBe('https://outlook.office365.com/mail/');
  });

  it('answers nothing off the webmails, and accepts no other stored value', () => {
    expect(webmailAccountOf('https://example.com/mail/u/0/')).toBeUndefined();
    expect(webmailAccountOf('not a url')).toBeUndefined();
    for (const bad of [
      'https://mail.google.com.example.com/mail/u/0/',
      'https://mail.google.com/mail/u/0/?view=cm',
      'https://mail.google.com/mail/u/0/#x',
      'https://user@mail.google.com/mail/u/0/',
      'http://mail.google.com/mail/u/0/',
      'https://mail.google.com/mail/u/0',
      'javascript:alert(1)//mail.google.com/mail/u/0/',
      'https://outlook.live.com/owa/',
      'https://outlook.live.com/mail/0/inbox/',
    ]) {
      expect(isWebmailAccount(bad), bad).toBe(false);
    }
    expect(isWebmailAccount('https://outlook.live.com/mail/0/')).toBe(true);
  });
});

describe('addresses put into a draft', () => {
  it('takes plain ASCII and internationalised domains, and refuses invisible and bidi characters', () => {
    expect(isDraftAddress('takahashi.yui@gmail.com')).toBe(true);
    expect(isDraftAddress('info@例え.jp')).toBe(true);
    expect(isDraftAddress('takahashi.yui@gmail.com\u200b')).toBe(false);
    expect(isDraftAddress('taka\u202ehashi@gmail.com')).toBe(false);
    expect(isDraftAddress('taka\u2066hashi@gmail.com')).toBe(false);
    expect(isDraftAddress('a b@gmail.com')).toBe(false);
    expect(isDraftAddress('a@b@gmail.com')).toBe(false);
    expect(isDraftAddress('nobody@')).toBe(false);
    expect(isDraftAddress('x@gmail.com&bcc=evil@example.org')).toBe(false);
    expect(isDraftAddress('たかはし@gmail.com')).toBe(false);
  });
});

describe('the compose URL of a resend', () => {
  it('opens Gmail\'s compose view on the same account, with the address, the subject and the quoted text', () => {
    const url = new URL(resendComposeUrl('https://mail.google.com/mail/b/fixture238/u/0/', draft, words) ?? '');
    expect(url.origin + url.pathname).toBe('https://mail.google.com/mail/b/fixture238/u/0/');
    expect(url.searchParams.get('view')).toBe('cm');
    expect(url.searchParams.get('to')).toBe('takahashi.yui@gmail.com');
    expect(url.searchParams.get('su')).toBe('見積書のご送付');
    expect(url.searchParams.get('body')).toBe('\n\n---- 元のメッセージ ----\n> いつもお世話になっております。\n>\n> 見積書をお送りします。\n');
  });

  it('opens Outlook\'s compose deeplink on the same host and account index', () => {
    const url = new URL(resendComposeUrl('https://outlook.live.com/mail/0/', draft, words) ?? '');
    expect(url.origin + url.pathname).toBe('https://outlook.live.com/mail/0/deeplink/compose');
    expect(url.searchParams.get('to')).toBe('takahashi.yui@gmail.com');
    expect(url.searchParams.get('subject')).toBe('見積書のご送付');
    expect(url.searchParams.get('body')).toContain('> 見積書をお送りします。');
    expect(new URL(resendComposeUrl('https://outlook.office.com/mail/', draft, words) ?? '').pathname).toBe('/mail/deeplink/compose');
  });

  it('quotes nothing when the original did not come back, and keeps the subject to one line', () => {
    const url = new URL(resendComposeUrl('https://mail.google.com/mail/u/1/', { ...draft, subject: 'a\r\nBcc: x@example.org', originalText: '' }, words) ?? '');
    expect(url.searchParams.get('body')).toBeNull();
    expect(url.searchParams.get('su')).toBe('a Bcc: x@example.org');
    expect([...url.searchParams.keys()]).toEqual(['view', 'fs', 'to', 'su']);
  });

  it('cuts a long quote so that the URL stays within the limit, and says so', () => {
    const long = Array.from({ length: 400 }, (_, i) => `${i + 1}行目：日本語の本文が長く続きます。😀`).join('\n');
    for (const account of ['https://mail.google.com/mail/u/1/', 'https://outlook.office.com/mail/']) {
      const url = resendComposeUrl(account, { ...draft, originalText: long }, words) ?? '';
      expect(url.length).toBeLessThanOrEqual(MAX_COMPOSE_URL_LENGTH);
      expect(url.length).toBeGreaterThan(MAX_COMPOSE_URL_LENGTH * 0.8);
      const body = new URL(url).searchParams.get('body') ?? '';
      expect(body.startsWith('\n\n---- 元のメッセージ ----\n> 1行目')).toBe(true);
      expect(body.trimEnd().endsWith(words.cut)).toBe(true);
    }
  });

  it('opens nothing for an unknown account or an unsafe address', () => {
    expect(resendComposeUrl('https://example.com/mail/u/0/', draft, words)).toBeUndefined();
    expect(resendComposeUrl('https://mail.google.com/mail/u/0/', { ...draft, to: 'takahashi\u200b.yui@gmail.com' }, words)).toBeUndefined();
  });
});

describe('the original subject inside a bounce\'s subject', () => {
  it('reads it after Exchange\'s "Undeliverable:" and 「配信不能:」, and finds none in a DSN subject', () => {
    expect(originalSubjectOf('Undeliverable: 打ち合わせの日程')).toBe('打ち合わせの日程');
    expect(originalSubjectOf('配信不能: ご契約書類の送付')).toBe('ご契約書類の送付');
    expect(originalSubjectOf('Delivery Status Notification (Failure)')).toBe('');
    expect(originalSubjectOf('Undelivered Mail Returned to Sender')).toBe('');
  });
});
