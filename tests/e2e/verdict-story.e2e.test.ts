import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readVerdict, readySidebar, startWebmail } from './webmail-harness';
import { badgeText, openExtensionPage, readClipboard, storedRecipients } from './tracker-helpers';

// Issue 12 in Chromium with the built extension, on the reproduced Gmail and Outlook pages:
// one story per recipient (no "temporary / nobody acts" beside a corrected address), the whole
// send at a glance, sender- and message-side bounces never counted against the recipient, the
// "your sending" warning, and docomo's own 受信設定のお願い.

type Webmail = Awaited<ReturnType<typeof startWebmail>>;

/** A text inside the sidebar's shadow root, by test id (all matches joined). */
function sidebarText(page: Page, testId: string): Promise<string> {
  return page.evaluate((id) => {
    const root = document.querySelector('bounce-navi-sidebar')?.shadowRoot;
    return [...(root?.querySelectorAll(`[data-testid="${id}"]`) ?? [])].map((node) => node.textContent ?? '').join('\n');
  }, testId);
}

describe('one story per recipient, the whole send, your sending (Chromium, built extension)', () => {
  let webmail: Webmail;
  beforeAll(async () => {
    webmail = await startWebmail('ja');
    await webmail.browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  });
  afterAll(async () => {
    await webmail?.close();
  });

  async function openBounce(id: string): Promise<void> {
    const { page } = await webmail.open(id);
    await readySidebar(page);
    await page.close();
  }

  it('the NXDOMAIN-typo bounce: the user acts, nothing temporary, "1 of 5", flagged undeliverable in the popup', async () => {
    const { page } = await webmail.open('gmail-nxdomain-typo');
    const verdict = await readVerdict(page);
    expect(verdict.recipients).toEqual([
      expect.objectContaining({ address: 'yuki.mori@docomo.ne.jo', severity: 'hard', cause: 'アドレスの@より後ろ（ドメイン）が打ち間違いです' }),
    ]);
    // The top of the sidebar tells the card's story (Sisimai says soft; the story, hard).
    expect(verdict.badge).toBe('直すまで届かないエラー（ハードバウンス）');
    const card = await sidebarText(page, 'bn-recipient');
    expect(card).not.toMatch(/一時的な問題|時間がたつと直ります|だれも対応する必要はありません|経路/);
    expect(await sidebarText(page, 'bn-actor')).toContain('あなたが対応してください。');
    expect(await sidebarText(page, 'bn-suggested')).toBe('yuki.mori@docomo.ne.jp');
    // The whole send: To and Cc of the returned original.
    expect(await sidebarText(page, 'bn-send-headline')).toBe('5人中1人に届きませんでした');
    expect(await sidebarText(page, 'bn-send-others')).toBe('ほかの4人からは、今のところエラーは返ってきていません。');
    await page.close();
    const popup = await openExtensionPage(webmail.browser, 'popup.html');
    const row = popup.locator('[data-testid="bn-row"][data-address="yuki.mori@docomo.ne.jo"]');
    await expect.poll(() => row.getByTestId('bn-row-state').textContent()).toBe('届かない');
    await expect(row.getByTestId('bn-row-cause').textContent()).resolves.toContain('アドレスの@より後ろの打ち間違い');
    const [entry] = (await storedRecipients(webmail.browser)).filter((e) => e.address === 'yuki.mori@docomo.ne.jo');
    // Sisimai's reason is kept; the story flagged it.
    expect(entry).toMatchObject({ state: 'hard', lastReason: 'networkerror' });
    await popup.close();
  });

  it('the Exchange NDR for a mistyped domain headlines the domain, not the part before @', async () => {
    const { page } = await webmail.open('outlook-domain-typo-ndr');
    const verdict = await readVerdict(page);
    const [recipient] = verdict.recipients;
    expect(recipient?.address).toBe('a.ishikawa@yahoo.co.jo');
    expect(recipient?.cause).toBe('アドレスの@より後ろ（ドメイン）が打ち間違いです');
    expect(recipient?.reasonLabel).toBe('アドレスの@より後ろの打ち間違い');
    expect(`${verdict.headline}${recipient?.cause ?? ''}`).not.toMatch(/@より前/);
    await page.close();
  });

  it('a docomo filtered bounce offers the docomo 受信設定のお願い with the user\'s domain', async () => {
    const { page } = await webmail.open('gmail-docomo-filtered');
    await readySidebar(page);
    const request = await sidebarText(page, 'bn-admin-message');
    expect(request).toContain('【受信設定のお願い】');
    expect(request).toContain('ドコモ');
    expect(request).toContain('「受信リスト設定」に「@example.com」を登録してください。');
    expect(request).toContain('受信拒否を「強」');
    await page.close();
    // The popup's silent-drop guide offers the same text, with the domain learnt from the bounce.
    const popup = await openExtensionPage(webmail.browser, 'popup.html');
    await popup.getByTestId('bn-silent-guide').locator('summary').click();
    await expect.poll(() => popup.getByTestId('bn-own-domain').inputValue()).toBe('example.com');
    await popup.getByTestId('bn-carrier-au').click();
    await expect(popup.getByTestId('bn-carrier-request-text').textContent()).resolves.toContain('なりすまし・転送メール許可');
    await popup.getByTestId('bn-copy-carrier-request').click();
    await expect.poll(() => readClipboard(popup)).toContain('「受信リスト」に「@example.com」を登録し');
    await popup.close();
  });

  it('a Spamhaus block for 3 recipients raises the sending warning; five of them never flag an address', async () => {
    // The top of the sidebar says what the three cards say: 原因が直れば届く, never 一時的.
    const { page } = await webmail.open('gmail-spamhaus-1');
    const verdict = await readVerdict(page);
    expect(verdict.badge).toBe('原因が直れば届くエラー（ソフトバウンス）');
    expect(await sidebarText(page, 'bn-verdict')).not.toMatch(/一時的/);
    expect(verdict.recipients.map((r) => r.severity)).toEqual(['soft', 'soft', 'soft']);
    await page.close();
    const popup = await openExtensionPage(webmail.browser, 'popup.html');
    const warning = popup.getByTestId('bn-sending-warning');
    await warning.waitFor();
    await expect(popup.getByTestId('bn-sending-title').textContent()).resolves.toBe(
      'あなたの会社のメールサーバーが迷惑メール送信元リスト（Spamhaus）に載っています',
    );
    await expect(popup.getByTestId('bn-sending-others').textContent()).resolves.toMatch(/ほかの宛先にも/);
    const report = (await popup.getByTestId('bn-sending-report').textContent()) ?? '';
    expect(report).toContain('宛先ドメイン: example.co.jp（3件）');
    expect(report).toContain('応答コード: 554');
    expect(report).toContain('名前の出たブロックリスト: Spamhaus');
    await popup.getByTestId('bn-copy-sending-report').click();
    await expect.poll(() => readClipboard(popup)).toContain('相手のサーバー: mx.example.co.jp');
    await expect.poll(() => badgeText(webmail.browser)).toMatch(/!$/);
    await popup.close();
    for (const n of [2, 3, 4, 5]) await openBounce(`gmail-spamhaus-${n}`);
    const stored = await storedRecipients(webmail.browser);
    expect(stored.filter((e) => e.address.endsWith('@example.co.jp') && ['kimura.sora', 'nishida.kaito', 'yamada.taro'].includes(e.address.split('@')[0] ?? ''))).toEqual([]);
    // "Fixed" clears the warning (and the badge's "!").
    const again = await openExtensionPage(webmail.browser, 'popup.html');
    await again.getByTestId('bn-resolve-sending').click();
    await again.getByTestId('bn-sending-warning').waitFor({ state: 'detached' });
    await expect.poll(() => badgeText(webmail.browser)).not.toMatch(/!$/);
    await again.close();
  });

  it('five too-large bounces for one address never flag it', async () => {
    for (const n of [1, 2, 3, 4, 5]) await openBounce(`gmail-too-large-${n}`);
    const stored = await storedRecipients(webmail.browser);
    expect(stored.filter((e) => e.address === 'kimura.sora@example.co.jp')).toEqual([]);
  });
});
