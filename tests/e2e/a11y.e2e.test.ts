import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addGmailChip, waitForWarning } from './compose-helpers';
import { clearStore, openExtensionPage, seedRecipients } from './tracker-helpers';
import { readySidebar, startWebmail } from './webmail-harness';
import type { TrackedRecipient } from '@/lib/tracker/model';

// Accessibility: axe-core (injected, as @axe-core/playwright does) on every surface of ours, in
// light and dark: the sidebar, the compose warning and the send confirmation, the popup and
// the options page. 0 serious or critical findings. On the webmail pages only our own shadow
// hosts are checked (the reproduced webmail's markup is not ours to judge).

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Finding {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

async function seriousFindings(page: Page, include?: string): Promise<Finding[]> {
  // evaluate() is not subject to the page's CSP (the extension pages allow 'self' scripts only).
  await page.evaluate(axeSource);
  return page.evaluate(async (selector) => {
    const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const context = selector ? { include: [[selector]] } : document;
    const result = await axe.run(context, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => JSON.stringify(n.target)) }));
  }, include);
}

const tracked = (address: string, state: 'hard' | 'soft'): TrackedRecipient => ({
  address,
  state,
  firstSeen: Date.UTC(2026, 10, 20),
  lastSeen: Date.UTC(2026, 10, 21),
  ...(state === 'hard' ? { flaggedAt: Date.UTC(2026, 10, 21), hardCause: 'hard-bounce' as const } : {}),
  totalBounces: state === 'hard' ? 1 : 2,
  softRun: state === 'hard' ? 0 : 2,
  lastReason: state === 'hard' ? 'userunknown' : 'mailboxfull',
  lastSeverity: state,
  lastStatus: state === 'hard' ? '5.1.1' : '4.2.2',
  lastDiagnostic: 'smtp; 550 5.1.1 test',
  source: 'gmail',
  messageKeys: [],
});

describe('accessibility (axe-core), light and dark', () => {
  let webmail: Awaited<ReturnType<typeof startWebmail>>;
  beforeAll(async () => {
    webmail = await startWebmail('ja');
    await clearStore(webmail.browser);
    const options = await openExtensionPage(webmail.browser, 'options.html');
    await seedRecipients(options, [tracked('dead@example.jp', 'hard'), tracked('busy@example.co.jp', 'soft')]);
    await options.close();
  });
  afterAll(async () => {
    await webmail?.close();
  });

  it.each(['gmail-host-unknown', 'gmail-dark', 'outlook-live-new-ndr', 'outlook-dark-de'])('the sidebar on %s', async (id) => {
    const { page } = await webmail.open(id);
    await readySidebar(page);
    expect(await seriousFindings(page, 'bounce-navi-sidebar')).toEqual([]);
    await page.close();
  });

  it.each(['gmail-compose-popup', 'gmail-compose-dark', 'outlook-compose-popout-en'])('the compose warning and the send confirmation on %s', async (id) => {
    const { page } = await webmail.open(id);
    if (id.startsWith('gmail')) {
      for (const address of ['dead@example.jp', 'busy@example.co.jp', 'taro@gmai.com', 'taro.@docomo.ne.jp']) await addGmailChip(page, address);
    } else {
      await page.locator('[role="textbox"][aria-label="To"]').click();
      await page.keyboard.type('dead@example.jp; taro@gmai.com;');
    }
    await waitForWarning(page, 'taro@gmai.com');
    expect(await seriousFindings(page, 'bounce-navi-compose')).toEqual([]);
    await page.locator(id.startsWith('gmail') ? 'div.T-I.T-I-atl:not(.hG)' : 'button[aria-label="Send"]').click();
    await page.locator('bounce-navi-compose [data-testid="bn-send-confirm"]').waitFor();
    expect(await seriousFindings(page, 'bounce-navi-compose')).toEqual([]);
    await page.close();
  });

  it.each([
    ['popup.html', 'light'],
    ['popup.html', 'dark'],
    ['options.html', 'light'],
    ['options.html', 'dark'],
  ] as const)('the %s page in %s', async (file, scheme) => {
    const page = await webmail.browser.context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`chrome-extension://${webmail.browser.extensionId}/${file}`);
    await page.locator(file === 'popup.html' ? '[data-testid="bn-search"]' : '[data-testid="bn-guardEnabled"]').first().waitFor();
    expect(await seriousFindings(page)).toEqual([]);
    await page.close();
  });
});
