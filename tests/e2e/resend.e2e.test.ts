import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openExtensionPage, storedRecipients } from './tracker-helpers';
import { readySidebar, startWebmail } from './webmail-harness';

// "Resend to the corrected address": from the sidebar of a typo bounce (Gmail on a second
// account and in a delegated mailbox, Outlook.com) and from a popup row, the webmail's own
// compose window opens on the same account with the corrected address, the original subject
// and (when the original came back) its text quoted. Nothing else is requested: no request of
// ours sends anything.

type Webmail = Awaited<ReturnType<typeof startWebmail>>;

const QUOTED = [
  '---- 元のメッセージ ----',
  '> 高橋様',
  '>',
  '> いつもお世話になっております。',
  '> 来週の打ち合わせの資料をお送りします。',
  '> ご確認のほど、よろしくお願いいたします。',
  '>',
  '> 佐藤 健二',
].join('\n');

describe('resend to the corrected address (Chromium, built extension)', () => {
  let webmail: Webmail;
  beforeAll(async () => {
    webmail = await startWebmail('ja');
  });
  afterAll(async () => {
    await webmail?.close();
  });

  /** Clicks a resend link and answers the compose tab and every request made from the click on. */
  async function follow(page: Page, link: Locator) {
    const since = webmail.network.requests.length;
    const [compose] = await Promise.all([page.context().waitForEvent('page'), link.click()]);
    await compose.waitForLoadState('domcontentloaded');
    // The compose tab runs our content script too: give it the time to scan (it must fetch nothing).
    await compose.waitForTimeout(500);
    const requests = webmail.network.requests
      .slice(since)
      .filter((r) => !r.url.startsWith('chrome-extension://'))
      // The browser's own favicon fetch for the new tab is not a request of the extension.
      .filter((r) => new URL(r.url).pathname !== '/favicon.ico');
    return { compose, requests };
  }

  async function fromSidebar(sceneId: string) {
    const { page } = await webmail.open(sceneId);
    await readySidebar(page);
    const link = page.getByTestId('bn-resend');
    await expect(link.textContent()).resolves.toBe('正しいアドレスで送り直す');
    const note = await page.getByTestId('bn-resend-note').textContent();
    const href = (await link.getAttribute('href')) ?? '';
    const { compose, requests } = await follow(page, link);
    return { page, compose, requests, note, href };
  }

  it('opens Gmail\'s compose view on the second account (/u/1/) with the address, subject and quoted text', async () => {
    const { page, compose, requests, note, href } = await fromSidebar('gmail-resend-u1');
    const url = new URL(compose.url());
    expect(compose.url()).toBe(href);
    expect(url.origin + url.pathname).toBe('https://mail.google.com/mail/u/1/');
    expect(url.searchParams.get('view')).toBe('cm');
    expect(url.searchParams.get('to')).toBe('takahashi.yui@gmail.com');
    expect(url.searchParams.get('su')).toBe('打ち合わせ資料のご送付');
    expect(url.searchParams.get('body')).toBe(`\n\n${QUOTED}\n`);
    // The compose page shows the draft as the webmail would fill its fields.
    await expect(compose.locator('input[name=to]').inputValue()).resolves.toBe('takahashi.yui@gmail.com');
    expect(note).toBe('作成画面が新しいタブで開きます。まだ送信はされません。元のメールの添付ファイル（1件）は引き継がれないので、送る前に添付し直してください。');
    expect(requests.map((r) => `${r.method} ${r.resourceType} ${r.url}`)).toEqual([`GET document ${href}`]);
    await compose.close();
    await page.close();
  });

  it('keeps a delegated mailbox\'s path (/b/…/u/0/)', async () => {
    const { page, compose, requests, href } = await fromSidebar('gmail-resend-delegated');
    const url = new URL(compose.url());
    expect(url.origin + url.pathname).toBe('https://mail.google.com/mail/b/fixture238/u/0/');
    expect(url.searchParams.get('to')).toBe('takahashi.yui@gmail.com');
    expect(url.searchParams.get('su')).toBe('打ち合わせ資料のご送付');
    expect(url.searchParams.get('body')).toContain('> 来週の打ち合わせの資料をお送りします。');
    expect(requests.map((r) => r.url)).toEqual([href]);
    await compose.close();
    await page.close();
  });

  it('opens Outlook\'s compose deeplink on the same host and account index', async () => {
    const { page, compose, requests, note, href } = await fromSidebar('outlook-live-typo-ndr');
    const url = new URL(compose.url());
    expect(url.origin + url.pathname).toBe('https://outlook.live.com/mail/0/deeplink/compose');
    expect(url.searchParams.get('to')).toBe('mori.kana@gmail.com');
    // The rendered NDR carries the original subject after "Undeliverable:"; its text did not come back.
    expect(url.searchParams.get('subject')).toBe('打ち合わせの日程');
    expect(url.searchParams.get('body')).toBeNull();
    expect(note).toContain('添付ファイルは引き継がれないので、送る前に添付し直してください。');
    expect(requests.map((r) => r.url)).toEqual([href]);
    await compose.close();
    await page.close();
  });

  it('opens the same compose windows from the popup rows, on the account each bounce was read in', async () => {
    const stored = await storedRecipients(webmail.browser);
    expect(stored.find((e) => e.address === 'takahashi.yui@gmial.com')).toMatchObject({ suggested: 'takahashi.yui@gmail.com', webmailAccount: 'https://mail.google.com/mail/u/1/' });
    expect(stored.find((e) => e.address === 'mori.kana@gmial.com')).toMatchObject({ suggested: 'mori.kana@gmail.com', webmailAccount: 'https://outlook.live.com/mail/0/' });

    // Routing answers the compose page on the current scene's origin: Gmail first.
    await (await webmail.open('gmail-resend-u1')).page.close();
    const popup = await openExtensionPage(webmail.browser, 'popup.html');
    const gmailRow = popup.locator('[data-testid="bn-row"][data-address="takahashi.yui@gmial.com"]');
    await expect(gmailRow.getByTestId('bn-resend-suggested').getAttribute('title')).resolves.toContain('添付ファイルも付け直してください');
    const gmail = await follow(popup, gmailRow.getByTestId('bn-resend-suggested'));
    expect(gmail.compose.url()).toBe('https://mail.google.com/mail/u/1/?view=cm&fs=1&to=takahashi.yui%40gmail.com');
    expect(gmail.requests.map((r) => r.url)).toEqual([gmail.compose.url()]);
    await gmail.compose.close();

    await (await webmail.open('outlook-live-typo-ndr')).page.close();
    const outlookRow = popup.locator('[data-testid="bn-row"][data-address="mori.kana@gmial.com"]');
    const outlook = await follow(popup, outlookRow.getByTestId('bn-resend-suggested'));
    expect(outlook.compose.url()).toBe('https://outlook.live.com/mail/0/deeplink/compose?to=mori.kana%40gmail.com');
    expect(outlook.requests.map((r) => r.url)).toEqual([outlook.compose.url()]);
    await outlook.compose.close();
    await popup.close();
  });
});
