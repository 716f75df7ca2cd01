import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension } from '../webmail-sim/browser.mjs';
import { importTestMailbox, writePaddedMailbox } from '../webmail-sim/mailbox.mjs';
import { clearStore, openExtensionPage, storedRecipients, type Launched } from './tracker-helpers';

// Past bounces imported in the options page of the built extension, in Chromium: a generated
// Takeout-style mbox with 3 bounces of ours, 1 forged bounce, 1 delay warning and 20 ordinary
// mails adds exactly the 3 recipients with their bounces' dates; a large file can be cancelled
// while it is read and records nothing; a second import adds nothing.

describe('importing past bounces from an mbox (Chromium, built extension)', () => {
  let browser: Launched;
  let dir: string;
  let small: string;
  let large: string;
  beforeAll(async () => {
    browser = await launchWithExtension({ lang: 'ja' });
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bounce-navi-import-'));
    small = path.join(dir, 'Takeout-Inbox.mbox');
    fs.writeFileSync(small, importTestMailbox().text);
    large = path.join(dir, 'Thunderbird-Inbox.mbox');
    await writePaddedMailbox(large, { count: 10_000, attachmentBytes: 40_000 });
  });
  afterAll(async () => {
    await browser?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  async function importFile(page: Page, file: string): Promise<string> {
    await page.getByTestId('bn-mailbox-file').setInputFiles(file);
    const summary = page.locator('[data-testid="bn-mailbox-summary"][data-status="done"]');
    await summary.waitFor({ timeout: 60_000 });
    return (await summary.textContent()) ?? '';
  }

  it('shows its progress, and a cancel while a file is read records nothing of it', async () => {
    const page = await openExtensionPage(browser, 'options.html');
    await page.getByTestId('bn-mailbox-file').setInputFiles(large);
    const progress = page.getByTestId('bn-mailbox-progress');
    await expect.poll(async () => Number(await progress.getAttribute('value')), { timeout: 60_000 }).toBeGreaterThan(0);
    await expect(page.getByTestId('bn-mailbox-status').textContent()).resolves.toMatch(/^Thunderbird-Inbox\.mbox を読んでいます：\d+%（[\d,]+通）$/);
    // The file's three bounces of ours come first: they were read, and must not be recorded.
    await page.getByTestId('bn-mailbox-cancel').click();
    const summary = page.locator('[data-testid="bn-mailbox-summary"][data-status="cancelled"]');
    await summary.waitFor();
    await expect(summary.textContent()).resolves.toBe('中止しました。読んでいる途中だったファイルからは、何も記録していません。');
    await page.waitForTimeout(300);
    expect(await storedRecipients(browser)).toEqual([]);
    await page.close();
  });

  it('adds exactly our 3 recipients, dated by their bounces, and says what it skipped', async () => {
    const mailbox = importTestMailbox();
    // Each test stands alone: a store left by the one before does not count.
    await clearStore(browser);
    const page = await openExtensionPage(browser, 'options.html');
    const summary = await importFile(page, small);
    expect(summary).toContain('読み込みが終わりました。メール25通のうち、エラーメールは4通でした。新しく記録した宛先は3件です。');
    await expect(page.getByTestId('bn-mailbox-skipped').locator('li').allTextContents()).resolves.toEqual([
      'ほかの人が送ったメールへのエラーメール 1通（なりすましの可能性があるため記録しません）',
      '配達が遅れているという知らせ 1通（まだ失敗ではないため記録しません）',
    ]);
    const stored = await storedRecipients(browser);
    expect(stored.map((e) => e.address).sort()).toEqual(mailbox.ours.map((b) => b.recipient).sort());
    for (const bounce of mailbox.ours) {
      expect(stored.find((e) => e.address === bounce.recipient)).toMatchObject({ state: 'hard', lastReason: 'userunknown', firstSeen: bounce.ms, lastSeen: bounce.ms, totalBounces: 1 });
    }
    // The typo's correction is offered as for a bounce opened in the webmail.
    expect(stored.find((e) => e.address === 'ito.sora@gmial.com')?.suggested).toBe('ito.sora@gmail.com');
    await page.close();
  });

  it('adds nothing when the same file is imported again', async () => {
    const before = await storedRecipients(browser);
    const page = await openExtensionPage(browser, 'options.html');
    const summary = await importFile(page, small);
    expect(summary).toContain('新しく記録した宛先は0件です。');
    expect(summary).toContain('すでに記録済みのエラーメール 3通（二重には数えません）');
    expect(await storedRecipients(browser)).toEqual(before);
    await page.close();
  });
});
