import type { Page } from 'playwright-core';

// Reading the compose guard's panel (our shadow root) and the page's own record of sends.

export interface ShownGuard {
  warnings: { address: string; kind: string; text: string }[];
  confirm: { addresses: string[] } | null;
  theme: string | null;
  rect: { top: number; left: number; right: number; bottom: number } | null;
}

export function readGuard(page: Page): Promise<ShownGuard> {
  return page.evaluate(() => {
    const root = document.querySelector('bounce-navi-compose')?.shadowRoot;
    const panel = root?.querySelector('[data-testid="bn-compose-panel"]');
    const confirm = panel?.querySelector('[data-testid="bn-send-confirm"]');
    const box = panel?.getBoundingClientRect();
    return {
      warnings: [...(panel?.querySelectorAll('[data-testid="bn-guard-warning"]') ?? [])].map((item) => ({
        address: item.getAttribute('data-address') ?? '',
        kind: item.getAttribute('data-kind') ?? '',
        text: item.textContent ?? '',
      })),
      confirm: confirm ? { addresses: [...confirm.querySelectorAll('li')].map((li) => li.textContent ?? '') } : null,
      theme: panel?.getAttribute('data-theme') ?? null,
      rect: box ? { top: box.top, left: box.left, right: box.right, bottom: box.bottom } : null,
    };
  });
}

/** Waits until the panel shows a warning for this address; answers the milliseconds since `since` (page clock). */
export function waitForWarning(page: Page, address: string, timeout = 5000): Promise<void> {
  return page.waitForFunction(
    (wanted) =>
      !!document.querySelector('bounce-navi-compose')?.shadowRoot?.querySelector(`[data-testid="bn-guard-warning"][data-address="${CSS.escape(wanted)}"]`),
    address,
    { timeout },
  ).then(() => undefined);
}

/** Clicks a button of our panel by test id (inside the shadow root). */
export async function clickPanel(page: Page, testId: string, address?: string): Promise<void> {
  const scope = address ? page.locator(`bounce-navi-compose [data-testid="bn-guard-warning"][data-address="${address}"]`) : page.locator('bounce-navi-compose');
  await scope.getByTestId(testId).first().click();
}

/** The page's own record of what it sent (its send handler, tests/webmail-sim/compose-page.mjs). */
export function sentByPage(page: Page): Promise<{ how: string; recipients: string[] }[]> {
  return page.evaluate(() => (window as unknown as { __bnSim: { sent: { how: string; recipients: string[] }[] } }).__bnSim.sent);
}

export function scheduledByPage(page: Page): Promise<{ how: string; recipients: string[] }[]> {
  return page.evaluate(() => (window as unknown as { __bnSim: { scheduled: { how: string; recipients: string[] }[] } }).__bnSim.scheduled);
}

export function chipsOnPage(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __bnSim: { recipients: () => string[] } }).__bnSim.recipients());
}

/** Types an address into a Gmail field and confirms it as a chip with Enter, as a user does. */
export async function addGmailChip(page: Page, address: string, field: 'to' | 'cc' | 'bcc' = 'to', classic = false): Promise<void> {
  const input = page.locator(classic ? `textarea.vO[name="${field}"]` : `div[name="${field}"] input`).first();
  await input.click();
  await input.fill(address);
  await input.press('Enter');
}
