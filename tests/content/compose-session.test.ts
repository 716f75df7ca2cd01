// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ComposePanelInput } from '@/lib/content/compose-input';
import { startComposeGuard, type ComposeGuardDeps } from '@/lib/content/compose-session';
import type { GuardWarning } from '@/lib/guard/types';
import type { ComposeAdapter } from '@/lib/webmail/compose-dom';
import { gmailCompose } from '@/lib/webmail/gmail/compose';
import { fixture } from '../fixtures-read';
import { loadPage } from '../webmail/load-page';

// The guard's send hold in a DOM, with a fake background and a fake panel: what the page's own
// send handler sees is what a user gets.

const flagged = (address: string): GuardWarning => ({ kind: 'flagged', address, reason: 'userunknown', bouncedAt: 0, totalBounces: 1 });
const tick = (ms = 5) => new Promise((resolve) => setTimeout(resolve, ms));

let scope: AbortController;
let sent: number;
let panels: ComposePanelInput[];

function start(adapter: ComposeAdapter, warned: string[], overrides: Partial<ComposeGuardDeps> = {}) {
  const deps: ComposeGuardDeps = {
    check: (addresses) => Promise.resolve(addresses.filter((a) => warned.includes(a)).map(flagged)),
    settings: () => Promise.resolve({ enabled: true, confirmSend: true, lang: 'ja' }),
    mount: (_signal, input) => {
      panels.push(input);
      return Promise.resolve({ update: (next: ComposePanelInput) => panels.push(next) });
    },
    scanDelayMs: 1,
    typingDelayMs: 1,
    ...overrides,
  };
  startComposeGuard(scope.signal, adapter, deps);
}

const sendButton = () => document.querySelector<HTMLElement>('div.T-I.T-I-atl:not(.hG)')!;
function clickSend(): void {
  for (const type of ['mousedown', 'mouseup', 'click']) sendButton().dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, button: 0 }));
}
const last = () => panels.at(-1);

beforeEach(() => {
  loadPage(fixture('html/gmail/compose-popup-peoplekit.html'));
  scope = new AbortController();
  sent = 0;
  panels = [];
  // The page's own send handler, as Gmail's jsaction: on mouseup.
  document.addEventListener(
    'mouseup',
    (event) => {
      if ((event.target as Element).closest('div.T-I.T-I-atl:not(.hG)')) sent += 1;
    },
    { signal: scope.signal },
  );
});
afterEach(() => scope.abort());

describe('the send hold', () => {
  it('leaves Send untouched when no recipient is warned', async () => {
    start(gmailCompose, []);
    await tick(20);
    clickSend();
    expect(sent).toBe(1);
    expect(panels).toEqual([]);
  });

  it('holds Send while a warned recipient is there; back cancels, send anyway replays for the page', async () => {
    start(gmailCompose, ['hanako@gmai.com']);
    await tick(20);
    expect(last()?.warnings.map((w) => w.address)).toEqual(['hanako@gmai.com']);
    clickSend();
    expect(sent).toBe(0);
    await tick();
    expect(last()?.confirm?.warnings.map((w) => w.address)).toEqual(['hanako@gmai.com']);
    last()!.onBack();
    await tick();
    expect(last()?.confirm).toBeUndefined();
    expect(sent).toBe(0);
    clickSend();
    await tick();
    last()!.onSendAnyway();
    await tick();
    expect(sent).toBe(1);
  });

  it('lets a dismissed recipient through', async () => {
    start(gmailCompose, ['hanako@gmai.com']);
    await tick(20);
    last()!.onDismiss('hanako@gmai.com');
    clickSend();
    expect(sent).toBe(1);
  });

  it('reads the recipients at the moment of Send: a chip removed just before is not held', async () => {
    start(gmailCompose, ['hanako@gmai.com']);
    await tick(20);
    document.querySelector('[data-hovercard-id="hanako@gmai.com"]')!.remove();
    clickSend();
    expect(sent).toBe(1);
  });

  it('asks about text typed a moment ago before letting Send go', async () => {
    start(gmailCompose, ['late@gmai.com']);
    await tick(20);
    document.querySelector<HTMLInputElement>('div[name="to"] input')!.value = 'late@gmai.com';
    clickSend();
    expect(sent).toBe(0);
    await tick(10);
    expect(last()?.confirm?.warnings.map((w) => w.address)).toEqual(['late@gmai.com']);
  });

  it('sends after the question when the typed text proves fine', async () => {
    start(gmailCompose, []);
    await tick(20);
    document.querySelector<HTMLInputElement>('div[name="to"] input')!.value = 'fine@example.jp';
    clickSend();
    await tick(10);
    expect(sent).toBe(1);
  });

  it('asks once while a question is out: a rescan meanwhile neither loops nor asks again', async () => {
    // Before: a rescan during the question re-entered refresh → ask (nothing new) → refresh … in
    // microtasks, which never let the answer in: the tab froze. The reads are capped so that a
    // regression fails here instead of hanging the run.
    let reads = 0;
    const counting: ComposeAdapter = {
      ...gmailCompose,
      readRecipients(root) {
        reads += 1;
        if (reads > 200) throw new Error('refresh loops');
        return gmailCompose.readRecipients(root);
      },
    };
    const questions: string[][] = [];
    let answer: (warnings: GuardWarning[]) => void = () => undefined;
    start(counting, [], {
      check: (addresses) => {
        questions.push(addresses);
        return new Promise((resolve) => (answer = resolve));
      },
    });
    await tick(20);
    expect(questions).toHaveLength(1);
    document.body.append(document.createElement('div'));
    await tick(20);
    expect(reads).toBeLessThan(10);
    expect(questions).toHaveLength(1);
    answer([]);
    await tick(20);
    expect(questions).toHaveLength(1);
    expect(panels).toEqual([]);
  });

  it('holds a Send pressed while a chip is still being asked about, until the answer', async () => {
    let answer: (warnings: GuardWarning[]) => void = () => undefined;
    start(gmailCompose, [], { check: () => new Promise((resolve) => (answer = resolve)) });
    await tick(20);
    clickSend();
    expect(sent).toBe(0);
    answer([flagged('hanako@gmai.com')]);
    await tick();
    expect(sent).toBe(0);
    expect(last()?.confirm?.warnings.map((w) => w.address)).toEqual(['hanako@gmai.com']);
  });

  it('leaves Send working when the guard throws', async () => {
    const throwing: ComposeAdapter = { ...gmailCompose, readRecipients: () => { throw new Error('selectors broke'); } };
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    start(throwing, ['hanako@gmai.com']);
    await tick(20);
    clickSend();
    expect(sent).toBe(1);
  });

  it('leaves Send working when the background cannot answer', async () => {
    start(gmailCompose, [], { check: () => Promise.reject(new Error('no background')) });
    await tick(20);
    clickSend();
    await tick(10);
    expect(sent).toBe(1);
  });

  it('lets the send go when the panel cannot be shown', async () => {
    start(gmailCompose, ['hanako@gmai.com'], { mount: () => Promise.resolve(undefined) });
    await tick(20);
    clickSend();
    await tick(10);
    expect(sent).toBe(1);
  });

  it('does nothing while the confirmation is off', async () => {
    start(gmailCompose, ['hanako@gmai.com'], { settings: () => Promise.resolve({ enabled: true, confirmSend: false, lang: 'ja' }) });
    await tick(20);
    expect(last()?.warnings).toHaveLength(1);
    clickSend();
    expect(sent).toBe(1);
  });
});

describe('placePanel', () => {
  const viewport = { width: 1280, height: 800 };
  const overlaps = (p: { top: number; left: number; width: number; maxHeight: number }, b: { top: number; left: number; right: number; bottom: number }) =>
    p.left < b.right && p.left + p.width > b.left && p.top < b.bottom && p.top + p.maxHeight > b.top;

  it('goes beside a popup compose, never over its Send button', async () => {
    const { placePanel } = await import('@/lib/content/compose-input');
    const send = { top: 740, left: 740, right: 820, bottom: 776 };
    const place = placePanel({ top: 300, left: 724, right: 1264, bottom: 800 }, send, viewport);
    expect(place.left + place.width).toBeLessThanOrEqual(724);
    expect(overlaps(place, send)).toBe(false);
  });

  it('ends above the Send row when the compose fills the width', async () => {
    const { placePanel } = await import('@/lib/content/compose-input');
    const send = { top: 700, left: 100, right: 180, bottom: 736 };
    const place = placePanel({ top: 40, left: 90, right: 1190, bottom: 760 }, send, viewport);
    expect(overlaps(place, send)).toBe(false);
    expect(place.top + place.maxHeight).toBeLessThanOrEqual(send.top);
  });
});
