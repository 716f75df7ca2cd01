import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension } from '../webmail-sim/browser.mjs';
import { importTestMailbox, writePaddedMailbox } from '../webmail-sim/mailbox.mjs';
import type { TrackedRecipient } from '@/lib/tracker/model';
import { clearStore, openExtensionPage, seedRecipients, storedRecipients, type Launched } from './tracker-helpers';

// Past bounces imported in the options page of the built extension, in Chromium: a generated
// Takeout-style mbox with 3 bounces of ours, 1 forged bounce, 1 delay warning and 20 ordinary
// mails adds exactly the 3 recipients with their bounces' dates; a file can be cancelled while
// it is read (held at a gate, so by events, not timing) and records nothing; a second import
// adds nothing.

const kept: TrackedRecipient = {
  address: 'kept@example.jp',
  state: 'hard',
  firstSeen: Date.UTC(2026, 8, 1),
  lastSeen: Date.UTC(2026, 8, 1),
  flaggedAt: Date.UTC(2026, 8, 1),
  hardCause: 'hard-bounce',
  totalBounces: 1,
  softRun: 0,
  lastReason: 'userunknown',
  lastSeverity: 'hard',
  lastStatus: '5.1.1',
  lastDiagnostic: 'smtp; 550 5.1.1 test',
  source: 'gmail',
  messageKeys: [],
};

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
    // Large enough that the gate holds most of it back (4 MB).
    await writePaddedMailbox(large, { count: 200, attachmentBytes: 20_000 });
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

  /**
   * Holds the page's file reading at a gate, like a slow disk: File.prototype.stream is wrapped
   * so that the first `passBytes` flow (in 16 KB pieces), and every later piece waits until the
   * test lets it through (`__bnGate.step()`). The import cannot reach the file's end while the
   * gate is shut, so the cancel below lands mid-file by construction, not by timing.
   */
  function gateFileReading(page: Page, passBytes: number): Promise<void> {
    return page.evaluate((passBytes) => {
      const PIECE = 16 * 1024;
      type Gate = { passed: number; allowance: number; waiting: boolean; cancelled: boolean; wakers: (() => void)[]; step(): void };
      const gate: Gate = {
        passed: 0,
        allowance: passBytes,
        waiting: false,
        cancelled: false,
        wakers: [],
        step() {
          this.allowance += PIECE;
          for (const wake of this.wakers.splice(0)) wake();
        },
      };
      (window as unknown as { __bnGate: Gate }).__bnGate = gate;
      const original = Object.getOwnPropertyDescriptor(Blob.prototype, 'stream')?.value as (this: Blob) => ReadableStream<Uint8Array>;
      File.prototype.stream = function gated(this: File) {
        const reader = original.call(this).getReader();
        let chunk: Uint8Array | undefined;
        let offset = 0;
        return new ReadableStream<Uint8Array>({
          async pull(controller) {
            if (!chunk || offset >= chunk.length) {
              const { done, value } = await reader.read();
              if (done) return controller.close();
              chunk = value;
              offset = 0;
            }
            const piece = chunk.subarray(offset, offset + PIECE);
            while (gate.passed + piece.length > gate.allowance) {
              gate.waiting = true;
              await new Promise<void>((resolve) => gate.wakers.push(resolve));
            }
            gate.waiting = false;
            offset += piece.length;
            gate.passed += piece.length;
            controller.enqueue(piece);
          },
          cancel(reason) {
            gate.cancelled = true;
            return reader.cancel(reason);
          },
        });
      } as typeof File.prototype.stream;
    }, passBytes);
  }

  it('shows its progress, and a cancel while a file is read records nothing of it and leaves the store whole', async () => {
    // A list already stored must come out of a cancelled import exactly as it went in.
    await clearStore(browser);
    const page = await openExtensionPage(browser, 'options.html');
    await seedRecipients(page, [kept]);
    const before = await storedRecipients(browser);
    expect(before.map((e) => e.address)).toEqual([kept.address]);
    // The test mailbox (3 bounces of ours first) and 64 KB more pass; the rest waits at the gate.
    await gateFileReading(page, importTestMailbox().text.length + 64 * 1024);
    await page.getByTestId('bn-mailbox-file').setInputFiles(large);
    const status = page.getByTestId('bn-mailbox-status');
    const readCount = async () => Number(/（([\d,]+)通）$/.exec((await status.textContent()) ?? '')?.[1]?.replaceAll(',', '') ?? 0);
    // Progress is reported at most every 100 ms: let one piece through per look until the
    // count shows that the 25 mails holding our 3 bounces have been read.
    await expect
      .poll(async () => {
        const count = await readCount();
        if (count < 26) await page.evaluate(() => (window as unknown as { __bnGate: { step(): void } }).__bnGate.step());
        return count;
      }, { timeout: 30_000 })
      .toBeGreaterThanOrEqual(26);
    await expect(status.textContent()).resolves.toMatch(/^Thunderbird-Inbox\.mbox を読んでいます：\d+%（[\d,]+通）$/);
    expect(Number(await page.getByTestId('bn-mailbox-progress').getAttribute('value'))).toBeGreaterThan(0);
    // The file is not at its end: the reading waits at the gate, which stays shut from here on.
    await expect.poll(() => page.evaluate(() => (window as unknown as { __bnGate: { waiting: boolean } }).__bnGate.waiting)).toBe(true);
    await page.getByTestId('bn-mailbox-cancel').click();
    // Cancelling ends the waiting read at once (the file's stream is cancelled).
    const summary = page.locator('[data-testid="bn-mailbox-summary"][data-status="cancelled"]');
    await summary.waitFor();
    await expect(summary.textContent()).resolves.toBe('中止しました。読んでいる途中だったファイルからは、何も記録していません。');
    expect(await page.evaluate(() => (window as unknown as { __bnGate: { cancelled: boolean } }).__bnGate.cancelled)).toBe(true);
    expect(await storedRecipients(browser)).toEqual(before);
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
