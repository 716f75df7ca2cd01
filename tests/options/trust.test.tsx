// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '@/entrypoints/options/App';
import { handleBackgroundRequest } from '@/lib/messaging/handlers';
import { readSettings, trackerStorageReady } from '@/lib/tracker/storage';
import { hard } from '../tracker/reports';
import { startBackground } from '../popup/background';

// The options page's part in issue 11: the user's own sending addresses, and a stored list this
// version cannot write over (said in both languages, exported as stored, cleared only with its backup safe).

/** Captures what the page offers for download through a Blob URL. */
function captureDownloads(): { name: string; text: () => Promise<string> }[] {
  const files: { name: string; text: () => Promise<string> }[] = [];
  const blobs = new Map<string, Blob>();
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (blob) files.push({ name: this.download, text: () => blob.text() });
  });
  return files;
}

const NEWER = '{"columns":["address","lastBounceAt"],"rows":[["user1@example.jp",1763000000000]]}';

describe('the options page (issue 11)', () => {
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });

  describe('in Japanese', () => {
    beforeEach(async () => {
      await startBackground('ja');
    });

    it('saves the aliases (addresses only) and lists the accounts seen, which can be forgotten', async () => {
      await handleBackgroundRequest({ type: 'record-bounce', messageKey: 'gmail:1', source: 'gmail', report: hard('a@example.jp'), account: 'tanaka.hanako@example.com' });
      render(<App />);
      const aliases = await screen.findByTestId<HTMLTextAreaElement>('bn-aliases');
      fireEvent.change(aliases, { target: { value: 'sales@example.co.jp\nnot an address\n' } });
      expect(screen.getByText(/アドレスとして読めない行が1行あります/)).toBeTruthy();
      fireEvent.click(screen.getByTestId('bn-aliases-save'));
      await waitFor(async () => expect((await readSettings()).sendingAddresses).toEqual(['sales@example.co.jp']));
      expect(screen.getByTestId('bn-seen-accounts').textContent).toContain('tanaka.hanako@example.com');
      fireEvent.click(screen.getByRole('button', { name: 'tanaka.hanako@example.com を忘れる' }));
      await waitFor(async () => expect((await readSettings()).seenAccounts).toEqual([]));
    });

    it('says a newer version wrote the list, exports it as stored, and clears only with the backup kept', async () => {
      await trackerStorageReady().catch(() => undefined);
      await fakeBrowser.storage.local.set({ trackedRecipients: NEWER, trackedRecipients$: { v: 4 } });
      const refused = await handleBackgroundRequest({ type: 'record-bounce', messageKey: 'gmail:1', source: 'gmail', report: hard('a@example.jp') });
      expect(refused.refused).toEqual({ state: 'newer', version: 4 });
      const files = captureDownloads();
      render(<App />);
      const notice = await screen.findByTestId('bn-store-problem');
      expect(notice.textContent).toContain('新しい版の不達ナビ');
      fireEvent.click(screen.getByTestId('bn-export-raw'));
      await waitFor(() => expect(files).toHaveLength(1));
      expect(files[0]?.name).toMatch(/^bounce-navi-raw-\d{8}\.json$/);
      expect(JSON.parse(await files[0]!.text())).toMatchObject({ format: 'bounce-navi/stored-tracked-list', version: 4, value: NEWER });
      fireEvent.click(screen.getByTestId('bn-clear'));
      expect(screen.getByText(/控えとして残したうえで/)).toBeTruthy();
      fireEvent.click(screen.getByTestId('bn-clear-yes'));
      await waitFor(() => expect(screen.queryByTestId('bn-store-problem')).toBeNull());
      const stored = await fakeBrowser.storage.local.get(['trackedRecipients$', 'trackedRecipientsBackup']);
      expect(stored['trackedRecipients$']).toEqual({ v: 3 });
      expect(stored.trackedRecipientsBackup).toMatchObject({ value: NEWER });
      expect(await screen.findByTestId('bn-backup')).toBeTruthy();
    });
  });

  it('says it in English too', async () => {
    await startBackground('en');
    await trackerStorageReady().catch(() => undefined);
    await fakeBrowser.storage.local.set({ trackedRecipients: 'not a table', trackedRecipients$: { v: 3 } });
    await handleBackgroundRequest({ type: 'record-bounce', messageKey: 'gmail:1', source: 'gmail', report: hard('a@example.jp') });
    render(<App />);
    const notice = await screen.findByTestId('bn-store-problem');
    expect(notice.textContent).toContain('The stored list is damaged and cannot be read');
    expect(screen.getByTestId('bn-own-addresses').textContent).toContain('Addresses you send from');
  });
});
