import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readySidebar, startWebmail } from './webmail-harness';
import { addGmailChip, chipsOnPage, clickPanel, readGuard, scheduledByPage, sentByPage, waitForWarning } from './compose-helpers';
import { clearStore, storedRecipients, worker } from './tracker-helpers';

// The pre-send guard in the built extension, on the reproduced compose pages
// (tests/webmail-sim/compose-page.mjs), after recording a bounce the way a user does: opening it.

const FLAGGED = 'suzuki.ichiro@exmaple.co.jp'; // the recipient of the gmail-host-unknown bounce

describe('the compose guard in Chromium', () => {
  let webmail: Awaited<ReturnType<typeof startWebmail>>;

  beforeAll(async () => {
    webmail = await startWebmail('ja');
    await clearStore(webmail.browser);
    const { page } = await webmail.open('gmail-host-unknown');
    await readySidebar(page);
    for (let i = 0; i < 50 && !(await storedRecipients(webmail.browser)).some((e) => e.address === FLAGGED && e.state === 'hard'); i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await page.close();
  });
  afterAll(async () => {
    await webmail?.close();
  });
  beforeEach(async () => {
    for (const page of webmail.browser.context.pages()) if (page.url().includes('compose') || page.url().includes('/inbox')) await page.close();
  });

  it('warns about the address flagged by the bounce within 1 s of its chip appearing', async () => {
    const { page } = await webmail.open('gmail-compose-popup');
    await addGmailChip(page, FLAGGED);
    const started = Date.now();
    await waitForWarning(page, FLAGGED, 1000);
    const elapsed = Date.now() - started;
    expect(elapsed).toBeLessThan(1000);
    const shown = await readGuard(page);
    expect(shown.warnings).toEqual([expect.objectContaining({ address: FLAGGED, kind: 'flagged' })]);
    expect(shown.warnings[0]?.text).toContain('前にメールが届きませんでした');
  });

  it('offers the fix for gmai.com, and the replace button replaces the chip', async () => {
    const { page } = await webmail.open('gmail-compose-popup');
    await addGmailChip(page, 'taro@gmai.com');
    await waitForWarning(page, 'taro@gmai.com');
    expect((await readGuard(page)).warnings[0]?.text).toContain('taro@gmail.com ではありませんか');
    await clickPanel(page, 'bn-guard-replace', 'taro@gmai.com');
    await page.waitForFunction(() => (window as unknown as { __bnSim: { recipients: () => string[] } }).__bnSim.recipients().includes('taro@gmail.com'));
    expect(await chipsOnPage(page)).toEqual(['taro@gmail.com']);
    await page.waitForFunction(() => !document.querySelector('bounce-navi-compose')?.shadowRoot?.querySelector('[data-testid="bn-guard-warning"]'));
  });

  it('replaces docomo.ne.jo in the classic recipients UI (.vR chips)', async () => {
    const { page } = await webmail.open('gmail-compose-classic');
    await addGmailChip(page, 'hanako@docomo.ne.jo', 'cc', true);
    await waitForWarning(page, 'hanako@docomo.ne.jo');
    await clickPanel(page, 'bn-guard-replace', 'hanako@docomo.ne.jo');
    await page.waitForFunction(() => (window as unknown as { __bnSim: { recipients: () => string[] } }).__bnSim.recipients().includes('hanako@docomo.ne.jp'));
    expect(await chipsOnPage(page)).toEqual(['hanako@docomo.ne.jp']);
  });

  it('says nothing about valid addresses, and leaves their Send untouched', async () => {
    const { page } = await webmail.open('gmail-compose-popup');
    for (const address of ['hanako@example.jp', 'jiro@docomo.ne.jp', 'x@outlook.at']) await addGmailChip(page, address);
    await page.waitForTimeout(600);
    expect(await page.locator('bounce-navi-compose').count()).toBe(0);
    await page.locator('div.T-I.T-I-atl:not(.hG)').click();
    expect(await sentByPage(page)).toMatchObject([{ how: 'click', recipients: ['hanako@example.jp', 'jiro@docomo.ne.jp', 'x@outlook.at'] }]);
  });

  it('asks before sending to a warned recipient: back cancels, send anyway sends through the page', async () => {
    const { page } = await webmail.open('gmail-compose-popup');
    await addGmailChip(page, 'hanako@example.jp');
    await addGmailChip(page, FLAGGED);
    await waitForWarning(page, FLAGGED);
    await page.locator('div.T-I.T-I-atl:not(.hG)').click();
    await page.locator('bounce-navi-compose [data-testid="bn-send-confirm"]').waitFor();
    expect((await readGuard(page)).confirm).toEqual({ addresses: [FLAGGED] });
    expect(await sentByPage(page)).toEqual([]);
    await clickPanel(page, 'bn-confirm-back');
    await page.locator('bounce-navi-compose [data-testid="bn-send-confirm"]').waitFor({ state: 'detached' });
    expect((await readGuard(page)).confirm).toBeNull();
    expect(await sentByPage(page)).toEqual([]);
    // Ctrl+Enter is held too.
    await page.locator('.M9 [role="textbox"]').click();
    await page.keyboard.press('Control+Enter');
    await page.locator('bounce-navi-compose [data-testid="bn-send-confirm"]').waitFor();
    expect(await sentByPage(page)).toEqual([]);
    await clickPanel(page, 'bn-confirm-send');
    await page.waitForFunction(() => (window as unknown as { __bnSim: { sent: unknown[] } }).__bnSim.sent.length === 1);
    expect((await sentByPage(page))[0]).toMatchObject({ how: 'ctrl-enter', recipients: ['hanako@example.jp', FLAGGED] });
  });

  it('holds Enter on the Send button and schedule send', async () => {
    const { page } = await webmail.open('gmail-compose-inline');
    await addGmailChip(page, 'taro@gmai.com');
    await waitForWarning(page, 'taro@gmai.com');
    await page.locator('div.T-I.T-I-atl:not(.hG)').focus();
    await page.keyboard.press('Enter');
    await page.locator('bounce-navi-compose [data-testid="bn-send-confirm"]').waitFor();
    await clickPanel(page, 'bn-confirm-back');
    await page.locator('div.T-I.hG').click();
    await page.locator('[selector="scheduledSend"]').click();
    await page.locator('bounce-navi-compose [data-testid="bn-send-confirm"][data-trigger="schedule"]').waitFor();
    expect(await scheduledByPage(page)).toEqual([]);
    await clickPanel(page, 'bn-confirm-send');
    await page.waitForFunction(() => (window as unknown as { __bnSim: { scheduled: unknown[] } }).__bnSim.scheduled.length === 1);
    expect(await sentByPage(page)).toEqual([]);
  });

  it('keeps the warning off the Send button in every Gmail variant, and follows the dark theme', async () => {
    for (const id of ['gmail-compose-popup', 'gmail-compose-fullscreen', 'gmail-compose-inline', 'gmail-compose-dark']) {
      const { page } = await webmail.open(id);
      await addGmailChip(page, 'taro@gmai.com');
      await waitForWarning(page, 'taro@gmai.com');
      const shown = await readGuard(page);
      const send = await page.locator('div.T-I.T-I-atl:not(.hG)').boundingBox();
      expect(shown.rect, id).not.toBeNull();
      const r = shown.rect!;
      const overlaps = send && r.left < send.x + send.width && r.right > send.x && r.top < send.y + send.height && r.bottom > send.y;
      expect(overlaps, id).toBe(false);
      expect(shown.theme, id).toBe(id === 'gmail-compose-dark' ? 'dark' : 'light');
      await page.close();
    }
  });

  it('dismisses a warning per recipient; the dismissed one no longer holds Send', async () => {
    const { page } = await webmail.open('gmail-compose-popup');
    await addGmailChip(page, 'taro@gmai.com');
    await waitForWarning(page, 'taro@gmai.com');
    await clickPanel(page, 'bn-guard-dismiss', 'taro@gmai.com');
    await page.locator('div.T-I.T-I-atl:not(.hG)').click();
    expect(await sentByPage(page)).toHaveLength(1);
  });

  it('Outlook: warns in the recipient wells, copies the fix, and holds Send', async () => {
    const { page } = await webmail.open('outlook-compose');
    const well = page.locator('[role="textbox"][aria-label="宛先"]');
    await well.click();
    await page.keyboard.type('ｔａｒｏ＠example.jp');
    await page.keyboard.press('Enter');
    await waitForWarning(page, 'ｔａｒｏ＠example.jp');
    const shown = await readGuard(page);
    expect(shown.warnings[0]).toMatchObject({ kind: 'undeliverable' });
    expect(shown.warnings[0]?.text).toContain('全角');
    await page.locator('bounce-navi-compose').getByTestId('bn-guard-copy').waitFor();
    await page.locator('button[aria-label="送信"]').click();
    await page.locator('bounce-navi-compose [data-testid="bn-send-confirm"]').waitFor();
    expect(await sentByPage(page)).toEqual([]);
    await clickPanel(page, 'bn-confirm-send');
    await page.waitForFunction(() => (window as unknown as { __bnSim: { sent: unknown[] } }).__bnSim.sent.length === 1);
  });

  it('Outlook, popped out in English: a valid recipient sends untouched', async () => {
    const { page } = await webmail.open('outlook-compose-popout-en');
    await page.locator('[role="textbox"][aria-label="To"]').click();
    await page.keyboard.type('hanako@example.jp');
    await page.keyboard.press('Enter');
    await page.waitForTimeout(500);
    await page.locator('button[aria-label="Send"]').click();
    expect(await sentByPage(page)).toEqual([{ how: 'click', recipients: ['hanako@example.jp'] }]);
    expect(await page.locator('bounce-navi-compose').count()).toBe(0);
  });

  it('a guard that fails leaves Send working', async () => {
    const { page } = await webmail.open('gmail-compose-popup');
    // The background's storage throws from now on: every question of the guard fails.
    await (await worker(webmail.browser)).evaluate(() => {
      const local = (globalThis as unknown as { chrome: { storage: { local: { get: unknown } } } }).chrome.storage.local;
      local.get = () => {
        throw new Error('storage broken (test)');
      };
    });
    // Typed but not confirmed as a chip: the guard must ask at Send, and the question fails.
    await page.locator('div[name="to"] input').fill('newcomer@example.jp');
    await page.locator('div.T-I.T-I-atl:not(.hG)').click();
    await page.waitForFunction(() => (window as unknown as { __bnSim: { sent: unknown[] } }).__bnSim.sent.length === 1, undefined, { timeout: 3000 });
    expect(await sentByPage(page)).toHaveLength(1);
  });
});
