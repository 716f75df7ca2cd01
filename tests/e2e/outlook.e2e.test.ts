import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foreignRequests, readCodes, readVerdict, readySidebar, sidebarCount, startWebmail, type ShownRecipient } from './webmail-harness';

type Webmail = Awaited<ReturnType<typeof startWebmail>>;

/** Requests to Outlook's own origin beyond the page itself (the extension must make none: text only). */
function dataRequests(requests: { url: string; resourceType: string }[]): string[] {
  return requests.filter((r) => r.resourceType !== 'document' && !r.url.startsWith('chrome-extension://')).map((r) => r.url);
}

const HARD = '直すまで届かないエラー（ハードバウンス）';
const SOFT = '原因が直れば届くエラー（ソフトバウンス）';

/** Exchange's RESOLVER.ADR.RecipientNotFound (5.1.10) as the sidebar explains it. */
const recipientNotFound = (address: string): ShownRecipient => ({
  address,
  reason: 'userunknown',
  severity: 'hard',
  reasonLabel: 'アドレスの@より前が違う',
  cause: '宛先のアドレスの@より前が間違っているか、使われていません',
});

describe('Outlook on the web (Chromium in Japanese, the built extension)', () => {
  let webmail: Webmail;
  beforeAll(async () => {
    webmail = await startWebmail('ja');
  });
  afterAll(async () => {
    await webmail?.close();
  });

  it('explains a newer-format NDR on outlook.live.com from the rendered text', async () => {
    const { page, requests } = await webmail.open('outlook-live-new-ndr');
    const sidebar = await readySidebar(page);
    await expect(sidebar.getAttribute('data-theme')).resolves.toBe('light');
    await expect(readVerdict(page)).resolves.toEqual({
      kind: 'bounce',
      tone: 'hard',
      badge: HARD,
      headline: 'メールが届きませんでした（アドレスの@より前が違う）',
      recipients: [recipientNotFound('yamada.taro@example.org')],
    });
    await expect(readCodes(page)).resolves.toEqual([{ status: '5.1.10', replyCode: '550' }]);
    // Exchange's own advice: a stale autocomplete entry is the usual culprit.
    await expect(sidebar.getByTestId('bn-steps').textContent()).resolves.toContain('オートコンプリート');
    await expect(sidebar.getByTestId('bn-decisive').textContent()).resolves.toBe(
      '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient yamada.taro@example.org not found by SMTP address lookup',
    );
    await sidebar.getByTestId('bn-why').locator('summary').click();
    await expect(sidebar.getByTestId('bn-read-from').textContent()).resolves.toBe('画面に表示された本文から判定しました。');
    expect(dataRequests(requests())).toEqual([]);
    expect(foreignRequests(requests(), 'https://outlook.live.com')).toEqual([]);
    await page.close();
  });

  it('explains an older-format NDR on outlook.office.com (single-message layout)', async () => {
    const { page, requests } = await webmail.open('outlook-office-old-ndr');
    await expect(readVerdict(page)).resolves.toMatchObject({
      kind: 'bounce',
      tone: 'hard',
      badge: HARD,
      recipients: [recipientNotFound('nakamura.sho@example.co.jp')],
    });
    await expect(readCodes(page)).resolves.toEqual([{ status: '5.1.10', replyCode: '550' }]);
    expect(dataRequests(requests())).toEqual([]);
    await page.close();
  });

  it('explains a Japanese NDR on outlook.office365.com (mailbox full: soft)', async () => {
    const { page, requests } = await webmail.open('outlook-japanese-ndr');
    const sidebar = await readySidebar(page);
    await expect(readVerdict(page)).resolves.toEqual({
      kind: 'bounce',
      tone: 'soft',
      badge: SOFT,
      headline: 'メールが届きませんでした（相手のメールボックスが満杯）',
      recipients: [
        {
          address: 'yoshida.aoi@example.jp',
          reason: 'mailboxfull',
          severity: 'soft',
          reasonLabel: '相手のメールボックスが満杯',
          cause: '相手のメールボックスがいっぱいです',
        },
      ],
    });
    await expect(readCodes(page)).resolves.toEqual([{ status: '5.2.2', replyCode: '552' }]);
    // The server's words, quoted from the Japanese administrators' section.
    await expect(sidebar.getByTestId('bn-decisive').textContent()).resolves.toContain("'552 5.2.2 Mailbox full; quota exceeded'");
    expect(dataRequests(requests())).toEqual([]);
    expect(foreignRequests(requests(), 'https://outlook.office365.com')).toEqual([]);
    await page.close();
  });

  it('follows dark mode and does not depend on localised aria labels', async () => {
    const { page } = await webmail.open('outlook-dark-de');
    const sidebar = await readySidebar(page);
    await expect(sidebar.getAttribute('data-theme')).resolves.toBe('dark');
    const background = await sidebar.evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(background).toBe('rgb(31, 34, 39)');
    await expect(readVerdict(page)).resolves.toMatchObject({
      kind: 'bounce',
      tone: 'hard',
      recipients: [recipientNotFound('yamada.taro@example.org')],
    });
    await page.close();
  });

  it('shows nothing for an ordinary message, and asks for nothing', async () => {
    const { page, requests } = await webmail.open('outlook-ordinary');
    await page.waitForTimeout(1200);
    expect(await sidebarCount(page)).toBe(0);
    expect(dataRequests(requests())).toEqual([]);
    await page.close();
  });

  it('follows pushState navigation between messages, each with its own verdict', async () => {
    const { page, requests } = await webmail.open('outlook-ordinary');
    await page.waitForTimeout(1000);
    expect(await sidebarCount(page)).toBe(0);
    // To the newer NDR: the sidebar appears, about that message.
    await page.click('#row1');
    await expect(readVerdict(page).then((v) => v.recipients.map((r) => r.address))).resolves.toEqual(['yamada.taro@example.org']);
    expect(page.url()).toContain('/mail/0/inbox/id/AAQkAGfixtureConv0002');
    // Back to the ordinary message: it goes away.
    await page.click('#row0');
    await page.locator('bounce-navi-sidebar').waitFor({ state: 'detached', timeout: 5000 });
    // To the older NDR: a new sidebar for the new message, not the previous one's.
    await page.click('#row2');
    await expect(readVerdict(page).then((v) => v.recipients.map((r) => r.address))).resolves.toEqual(['nakamura.sho@example.co.jp']);
    // History back: the ordinary message again, no sidebar.
    await page.goBack();
    await page.locator('bounce-navi-sidebar').waitFor({ state: 'detached', timeout: 5000 });
    expect(requests().filter((r) => r.resourceType === 'document')).toHaveLength(1);
    expect(dataRequests(requests())).toEqual([]);
    expect(foreignRequests(requests(), 'https://outlook.live.com')).toEqual([]);
    await page.close();
  });

  it('sent nothing outside the webmail during the whole run', () => {
    expect(webmail.network.blocked).toEqual([]);
  });
});
