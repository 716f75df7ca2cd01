// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Sidebar } from '@/components/Sidebar';
import { App as Popup } from '@/entrypoints/popup/App';
import { buildReportView } from '@/lib/content/sidebar-model';
import { exportCsv, exportJson } from '@/lib/tracker/exchange';
import type { TrackedRecipient } from '@/lib/tracker/model';
import { bounce, namingPort, recipient } from '../content/reports';
import { startBackground } from '../popup/background';

// Addresses that cannot lie, on every path: the sidebar's model and components, the popup, the
// exports and the copy buttons (issue 11). `"‮moc.liamg@ssob"@example.org` reads as
// `"gro.elpmaxe@"boss@gmail.com` when shown as it is.

const FORGED = '"\u202emoc.liamg@ssob"@gmial.com';
const REVEALED = '"⟨U+202E⟩moc.liamg@ssob"@gmial.com';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('the sidebar', () => {
  it('model: the address is written out, flagged hidden, and gets no correction; the technical rows too', () => {
    const view = buildReportView(bounce([recipient({ recipient: FORGED }), recipient({ recipient: 'boss\u200b@gmial.com' })]), 'ja', namingPort);
    expect(view.recipients.map((r) => [r.address, r.addressHidden, r.suggestion])).toEqual([
      [REVEALED, true, undefined],
      ['boss⟨U+200B⟩@gmial.com', true, undefined],
    ]);
    expect(view.details.rows.map((row) => row.address)).toEqual([REVEALED, 'boss⟨U+200B⟩@gmial.com']);
    expect(JSON.stringify(view)).not.toMatch(/[\u202e\u200b]/);
  });

  it('model: a correction that is not plain ASCII or a valid IDN is not offered', () => {
    const port = {
      ...namingPort,
      storyOf: (result: Parameters<typeof namingPort.storyOf>[0]) => {
        const story = namingPort.storyOf(result);
        return { ...story, suggestion: { suggested: 'takahashi.yui@gma\u200bil.com', fixes: ['domain' as const] } };
      },
    };
    expect(namingPort.storyOf(recipient()).suggestion).toBeDefined();
    expect(buildReportView(bounce([recipient()]), 'ja', port).recipients[0]?.suggestion).toBeUndefined();
  });

  it('component: shows the written-out address with a warning, and offers nothing to copy', () => {
    const writeText = vi.fn(() => Promise.resolve());
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    const view = buildReportView(bounce([recipient({ recipient: FORGED })]), 'ja', namingPort);
    render(<Sidebar state={{ status: 'ready', view }} lang="ja" theme="light" onClose={() => undefined} />);
    const card = screen.getByTestId('bn-recipient');
    expect(within(card).getByTestId('bn-address').textContent).toBe(REVEALED);
    expect(within(card).getByTestId('bn-hidden-address').textContent).toContain('見えない文字');
    expect(within(card).queryByTestId('bn-copy')).toBeNull();
    expect(document.body.textContent).not.toMatch(/[\u202e\u200b]/);
    for (const button of screen.queryAllByRole('button')) fireEvent.click(button);
    expect(writeText).not.toHaveBeenCalled();
  });

  it('component: a forged bounce says it is not a reply to your mail; an unverified or capped one says so', () => {
    const view = (tracking: Parameters<typeof buildReportView>[3], lang: 'ja' | 'en' = 'ja') => buildReportView(bounce([recipient()]), lang, namingPort, tracking);
    const { rerender } = render(<Sidebar state={{ status: 'ready', view: view({ tracking: { ownership: 'not-ours', skipped: 0 } }) }} lang="ja" theme="light" onClose={() => undefined} />);
    expect(screen.getByTestId('bn-not-ours').textContent).toContain('あなたが送ったメールへの返事ではありません');
    expect(screen.getByTestId('bn-not-ours').textContent).toContain('バックスキャッター');
    rerender(<Sidebar state={{ status: 'ready', view: view({ tracking: { ownership: 'unknown', skipped: 950 } }, 'en') }} lang="en" theme="light" onClose={() => undefined} />);
    expect(screen.getByTestId('bn-tracking').textContent).toContain('unverified');
    expect(screen.getByTestId('bn-tracking').textContent).toContain('only the first 50 were recorded (950 more were not)');
    rerender(<Sidebar state={{ status: 'ready', view: view({ tracking: { ownership: 'ours', skipped: 0, refused: 'newer' } }) }} lang="ja" theme="light" onClose={() => undefined} />);
    expect(screen.getByTestId('bn-tracking').textContent).toContain('新しい版');
    rerender(<Sidebar state={{ status: 'ready', view: view({ tracking: { ownership: 'ours', skipped: 0 } }) }} lang="ja" theme="light" onClose={() => undefined} />);
    expect(screen.queryByTestId('bn-tracking')).toBeNull();
    expect(screen.queryByTestId('bn-not-ours')).toBeNull();
  });
});

/** An entry as v2 stored it before issue 11 (hidden characters), revealed by the v3 migration or a page's read. */
const legacy: TrackedRecipient = {
  address: REVEALED,
  state: 'hard',
  firstSeen: Date.parse('2026-11-19T00:00:00Z'),
  lastSeen: Date.parse('2026-11-19T00:00:00Z'),
  flaggedAt: Date.parse('2026-11-19T00:00:00Z'),
  hardCause: 'hard-bounce',
  totalBounces: 1,
  softRun: 0,
  lastReason: 'userunknown',
  lastSeverity: 'hard',
  lastStatus: '5.1.1',
  lastDiagnostic: '550 5.1.1 no such user',
  source: 'gmail',
  messageKeys: [],
};

describe('the popup and the exports', () => {
  beforeEach(async () => {
    await startBackground('ja');
  });

  it('popup: an address stored with hidden characters shows written out, without a copy button', async () => {
    const v2 = JSON.stringify({
      columns: ['address', 'state', 'firstSeen', 'lastSeen', 'totalBounces', 'softRun', 'lastReason', 'lastSeverity', 'lastStatus', 'lastDiagnostic', 'suggested', 'source', 'messageKeys'],
      rows: [
        [FORGED, 'hard', legacy.firstSeen, legacy.lastSeen, 1, 0, 'userunknown', 'hard', '5.1.1', '550', 'boss@gmail.com', 'gmail', []],
        ['plain@example.jp', 'hard', legacy.firstSeen, legacy.lastSeen, 1, 0, 'userunknown', 'hard', '5.1.1', '550', null, 'gmail', []],
      ],
    });
    await fakeBrowser.storage.local.set({ trackedRecipients: v2, trackedRecipients$: { v: 2 } });
    const writeText = vi.fn(() => Promise.resolve());
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    render(<Popup />);
    await waitFor(() => expect(screen.queryAllByTestId('bn-row')).toHaveLength(2));
    const forged = screen.getAllByTestId('bn-row').find((row) => row.textContent?.includes('⟨U+202E⟩'))!;
    expect(within(forged).getByTestId('bn-row-address').textContent).toBe(REVEALED);
    expect(within(forged).getByTestId('bn-row-hidden')).toBeTruthy();
    expect(within(forged).queryByTestId('bn-copy-address')).toBeNull();
    expect(within(forged).queryByTestId('bn-copy-suggested')).toBeNull();
    expect(document.body.textContent).not.toMatch(/\u202e/);
    const plain = screen.getAllByTestId('bn-row').find((row) => row.textContent?.includes('plain@'))!;
    await act(async () => {
      fireEvent.click(within(plain).getByTestId('bn-copy-address'));
      await Promise.resolve();
    });
    expect(writeText).toHaveBeenCalledExactlyOnceWith('plain@example.jp');
  });

  it('export: JSON and CSV carry no hidden character, whatever reaches them', () => {
    const raw = { ...legacy, address: FORGED, suggested: 'boss\u200b@gmail.com', lastDiagnostic: '550 \u202euser' };
    const json = exportJson([raw], Date.parse('2026-11-20T00:00:00Z'));
    const csv = exportCsv([raw], { header: Object.fromEntries(['address', 'state', 'cause', 'totalBounces', 'softRun', 'firstSeen', 'lastSeen', 'flaggedAt', 'lastReason', 'lastStatus', 'lastDiagnostic', 'suggested', 'source'].map((c) => [c, c])) as never, state: (e) => e.state, cause: (e) => e.lastReason });
    for (const text of [json, csv.slice(1)]) {
      expect(text).not.toMatch(/[\u202e\u200b]/);
      expect(text).toContain('⟨U+202E⟩moc.liamg@ssob');
      expect(text).toContain('boss⟨U+200B⟩@gmail.com');
    }
  });
});
