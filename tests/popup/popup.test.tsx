// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '@/entrypoints/popup/App';
import { ROW_HEIGHT_ESTIMATE } from '@/components/TrackedList';
import { reasonLabel } from '@/lib/explain';
import { readTrackedRecipients, writeTrackedRecipients } from '@/lib/tracker/storage';
import { handleBackgroundRequest } from '@/lib/messaging/handlers';
import { recordReport, type TrackedRecipient } from '@/lib/tracker/model';
import { hard, report, soft } from '../tracker/reports';
import { recordBounce, startBackground } from './background';

const rows = () => screen.queryAllByTestId('bn-row');
const addresses = () => rows().map((row) => row.getAttribute('data-address'));
const row = (address: string) => rows().find((r) => r.getAttribute('data-address') === address)!;

describe('the popup', () => {
  beforeEach(async () => {
    await startBackground('ja');
  });
  afterEach(cleanup);

  it('explains itself when nothing is recorded, with the silent-drop guide', async () => {
    render(<App />);
    const empty = await screen.findByTestId('bn-empty');
    expect(empty.textContent).toContain('まだ記録はありません');
    expect(empty.textContent).toContain('Gmail か Outlook');
    const guide = screen.getByTestId('bn-silent-guide');
    expect(guide.textContent).toContain('エラーが返ってこないのに届かないときは');
    expect(guide.textContent).toContain('受信リスト');
    expect(screen.getByText(/アイコンの数字は、この7日間/)).toBeTruthy();
  });

  it('lists recorded recipients newest first, with state, cause and count, and follows new recordings', async () => {
    await recordBounce('g1', report([{ recipient: 'old@example.jp' }], { date: 'Mon, 16 Nov 2026 10:00:00 +0900' }));
    await recordBounce('g2', soft('busy@example.co.jp'));
    await recordBounce('g3', soft('busy@example.co.jp'));
    render(<App />);
    await waitFor(() => expect(addresses()).toEqual(['busy@example.co.jp', 'old@example.jp']));
    expect(within(row('busy@example.co.jp')).getByTestId('bn-row-state').textContent).toBe('一時的');
    expect(row('busy@example.co.jp').textContent).toContain('2回');
    expect(row('busy@example.co.jp').textContent).toContain('（2回連続）');
    expect(within(row('old@example.jp')).getByTestId('bn-row-state').textContent).toBe('届かない');
    // The cause in words, from lib/explain's short labels.
    expect(within(row('old@example.jp')).getByTestId('bn-row-cause').textContent).toBe(reasonLabel('userunknown', 'ja'));
    expect(within(row('busy@example.co.jp')).getByTestId('bn-row-cause').textContent).toBe(`${reasonLabel('mailboxfull', 'ja')}（2回連続）`);
    await act(() => recordBounce('o1', hard('new@example.com'), 'outlook'));
    await waitFor(() => expect(addresses()[0]).toBe('new@example.com'));
  });

  it('filters by hard and soft, and searches', async () => {
    await recordBounce('a', hard('dead@example.jp'));
    await recordBounce('b', soft('busy@example.co.jp'));
    render(<App />);
    await waitFor(() => expect(rows()).toHaveLength(2));
    expect(screen.getByTestId('bn-filter-hard').textContent).toBe('届かない 1');
    fireEvent.click(screen.getByTestId('bn-filter-hard'));
    expect(addresses()).toEqual(['dead@example.jp']);
    fireEvent.click(screen.getByTestId('bn-filter-soft'));
    expect(addresses()).toEqual(['busy@example.co.jp']);
    fireEvent.click(screen.getByTestId('bn-filter-all'));
    fireEvent.change(screen.getByTestId('bn-search'), { target: { value: 'DEAD' } });
    expect(addresses()).toEqual(['dead@example.jp']);
    fireEvent.change(screen.getByTestId('bn-search'), { target: { value: 'nobody' } });
    expect(screen.getByText('条件に合う宛先はありません。')).toBeTruthy();
  });

  it('copies the corrected address in one click and says so', async () => {
    const entry = recordReport([], { messageKey: 'k', source: 'gmail', report: hard('yamada@gmial.com') }, { now: Date.now(), softToHardThreshold: 5, suggest: () => 'yamada@gmail.com' }).recipients;
    await writeTrackedRecipients(entry);
    render(<App />);
    const button = await screen.findByTestId('bn-copy-suggested');
    expect(screen.getByTestId('bn-row-suggested').textContent).toBe('yamada@gmail.com');
    fireEvent.click(button);
    await waitFor(() => expect(button.textContent).toBe('コピーしました'));
    await expect(navigator.clipboard.readText()).resolves.toBe('yamada@gmail.com');
    fireEvent.click(screen.getByTestId('bn-copy-address'));
    await waitFor(() => expect(screen.getByTestId('bn-copy-address').textContent).toBe('コピーしました'));
    await expect(navigator.clipboard.readText()).resolves.toBe('yamada@gmial.com');
  });

  it('unflags through the background', async () => {
    await recordBounce('a', hard('back@example.jp'));
    render(<App />);
    fireEvent.click(await screen.findByTestId('bn-unflag'));
    await waitFor(() => expect(within(row('back@example.jp')).getByTestId('bn-row-state').textContent).toBe('解除済み'));
    expect((await readTrackedRecipients())[0]?.state).toBe('unflagged');
    expect(screen.queryByTestId('bn-unflag')).toBeNull();
  });

  it('deletes after a confirmation', async () => {
    await recordBounce('a', hard('gone@example.jp'));
    await recordBounce('b', hard('kept@example.jp'));
    render(<App />);
    await waitFor(() => expect(rows()).toHaveLength(2));
    fireEvent.click(within(row('gone@example.jp')).getByTestId('bn-delete'));
    expect(row('gone@example.jp').textContent).toContain('一覧から削除しますか？');
    fireEvent.click(within(row('gone@example.jp')).getByText('やめる'));
    expect(rows()).toHaveLength(2);
    fireEvent.click(within(row('gone@example.jp')).getByTestId('bn-delete'));
    fireEvent.click(within(row('gone@example.jp')).getByTestId('bn-delete-yes'));
    await waitFor(() => expect(addresses()).toEqual(['kept@example.jp']));
  });

  it('warns when several addresses were found dead within a day', async () => {
    await recordBounce('a', hard('a@example.jp'));
    await recordBounce('b', hard('b@example.jp'));
    render(<App />);
    await waitFor(() => expect(rows()).toHaveLength(2));
    expect(screen.queryByTestId('bn-burst-warning')).toBeNull();
    await act(() => recordBounce('c', hard('c@example.jp')));
    const warning = await screen.findByTestId('bn-burst-warning');
    expect(warning.textContent).toContain('3件の宛先');
    expect(warning.textContent).toContain('メールを送れなくなる');
  });

  it('redraws the badge when it opens', async () => {
    await writeTrackedRecipients(recordReport([], { messageKey: 'k', source: 'gmail', report: hard('a@example.jp') }, { now: Date.now(), softToHardThreshold: 5 }).recipients);
    await fakeBrowser.action.setBadgeText({ text: '' });
    render(<App />);
    await waitFor(async () => expect(await fakeBrowser.action.getBadgeText({})).toBe('1'));
  });

  it('speaks English when the setting says so', async () => {
    await handleBackgroundRequest({ type: 'update-settings', settings: { language: 'en' } });
    await recordBounce('a', hard('a@example.jp'));
    render(<App />);
    await waitFor(() => expect(screen.getByTestId('bn-filter-hard').textContent).toBe('Undeliverable 1'));
    expect(screen.getByTestId('bn-popup').getAttribute('lang')).toBe('en');
    expect(row('a@example.jp').textContent).toContain('1 time');
  });

  it('paints the newest rows from the digest while the full list is still loading', async () => {
    for (let i = 0; i < 30; i++) await recordBounce(`k${i}`, report([{ recipient: `user${i}@example.jp` }], { date: new Date(Date.now() - i * 60_000).toUTCString() }));
    // Hold back the read of the full list, as a slow read of 10,000 recipients would.
    let release = (): void => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const get = fakeBrowser.storage.local.get.bind(fakeBrowser.storage.local);
    vi.spyOn(fakeBrowser.storage.local, 'get').mockImplementation(async (keys) => {
      if (keys === 'trackedRecipients') await held;
      return get(keys);
    });
    render(<App />);
    await waitFor(() => expect(rows().length).toBeGreaterThan(0));
    expect(addresses()[0]).toBe('user0@example.jp');
    expect(screen.getByTestId('bn-filter-all').textContent).toBe('すべて 30');
    expect(screen.getByTestId<HTMLButtonElement>('bn-filter-hard').disabled).toBe(true);
    expect(screen.getByTestId<HTMLInputElement>('bn-search').disabled).toBe(true);
    release();
    await waitFor(() => expect(screen.getByTestId<HTMLInputElement>('bn-search').disabled).toBe(false));
    fireEvent.change(screen.getByTestId('bn-search'), { target: { value: 'user29@' } });
    expect(addresses()).toEqual(['user29@example.jp']);
  });

  it('renders only the rows in view with 10,000 recipients', async () => {
    const base = recordReport([], { messageKey: 'k', source: 'gmail', report: soft('seed@example.jp') }, { now: Date.now(), softToHardThreshold: 5 }).recipients[0]!;
    const many: TrackedRecipient[] = Array.from({ length: 10_000 }, (_, i) => ({ ...base, address: `user${i}@example.jp`, lastSeen: base.lastSeen - i, firstSeen: base.lastSeen - i }));
    await writeTrackedRecipients(many);
    render(<App />);
    await waitFor(() => expect(rows().length).toBeGreaterThan(0));
    expect(rows().length).toBeLessThan(20);
    expect(addresses()[0]).toBe('user0@example.jp');
    expect(screen.getByTestId('bn-filter-all').textContent).toBe('すべて 10000');
    const list = screen.getByTestId('bn-tracked-list');
    fireEvent.scroll(list, { target: { scrollTop: ROW_HEIGHT_ESTIMATE * 5000 } });
    await waitFor(() => expect(addresses()).toContain('user5000@example.jp'));
    expect(rows().length).toBeLessThan(20);
  });
});
