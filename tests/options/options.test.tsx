// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '@/entrypoints/options/App';
import { exportJson } from '@/lib/tracker/exchange';
import { readSettings, readTrackedRecipients } from '@/lib/tracker/storage';
import { hard, soft } from '../tracker/reports';
import { recordBounce, startBackground } from '../popup/background';

/** Captures what the page offers for download through a Blob URL. */
function captureDownloads(): { files: { name: string; text: () => Promise<string> }[] } {
  const captured: { files: { name: string; text: () => Promise<string> }[] } = { files: [] };
  const blobs = new Map<string, Blob>();
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (blob) captured.files.push({ name: this.download, text: () => blob.text() });
  });
  return captured;
}

const chooseFile = (testId: string, file: File) => fireEvent.change(screen.getByTestId(testId), { target: { files: [file] } });

describe('the options page', () => {
  beforeEach(async () => {
    await startBackground('ja');
  });
  afterEach(cleanup);

  it('saves the threshold, which applies at once to stored soft runs', async () => {
    for (const key of ['a', 'b', 'c']) await recordBounce(key, soft('busy@example.jp'));
    render(<App />);
    const input = await screen.findByTestId<HTMLInputElement>('bn-threshold');
    expect(input.value).toBe('5');
    fireEvent.change(input, { target: { value: '3' } });
    fireEvent.blur(input);
    await waitFor(() => expect(screen.getByTestId('bn-settings-status').textContent).toBe('保存しました'));
    await expect(readSettings()).resolves.toMatchObject({ softToHardThreshold: 3 });
    expect((await readTrackedRecipients())[0]).toMatchObject({ state: 'hard', hardCause: 'soft-run' });
    await waitFor(() => expect(screen.getByText(/同じ宛先で3回続くと/)).toBeTruthy());
  });

  it('switches the language of the page', async () => {
    render(<App />);
    fireEvent.click(await screen.findByTestId('bn-language-en'));
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Bounce Navi settings'));
    await expect(readSettings()).resolves.toMatchObject({ language: 'en' });
  });

  it('turns the pre-send guard and its confirmation on and off', async () => {
    render(<App />);
    const guard = await screen.findByTestId<HTMLInputElement>('bn-guardEnabled');
    const confirm = screen.getByTestId<HTMLInputElement>('bn-guardConfirmSend');
    expect([guard.checked, confirm.checked, screen.getByTestId<HTMLInputElement>('bn-guardSoftWarns').checked]).toEqual([true, true, true]);
    fireEvent.click(confirm);
    await waitFor(() => expect(readSettings()).resolves.toMatchObject({ guardConfirmSend: false, guardEnabled: true }));
    fireEvent.click(guard);
    await waitFor(() => expect(readSettings()).resolves.toMatchObject({ guardEnabled: false }));
    await waitFor(() => expect(screen.getByTestId<HTMLInputElement>('bn-guardSoftWarns').disabled).toBe(true));
  });

  it('exports JSON and CSV as downloads', async () => {
    await recordBounce('a', hard('dead@example.jp'));
    const downloads = captureDownloads();
    render(<App />);
    await waitFor(() => expect(screen.getByTestId('bn-data-count').textContent).toBe('今の記録：1件'));
    fireEvent.click(screen.getByTestId('bn-export-json'));
    fireEvent.click(screen.getByTestId('bn-export-csv'));
    expect(downloads.files.map((f) => f.name)).toEqual([expect.stringMatching(/^bounce-navi-\d{8}\.json$/), expect.stringMatching(/^bounce-navi-\d{8}\.csv$/)]);
    const json = await downloads.files[0]!.text();
    const exportedAt = Date.parse((JSON.parse(json) as { exportedAt: string }).exportedAt);
    expect(json).toBe(exportJson(await readTrackedRecipients(), exportedAt));
    const csv = await downloads.files[1]!.text();
    expect(csv.split('\r\n')[0]).toContain('宛先,状態,原因,回数');
    expect(csv.split('\r\n')[1]).toMatch(/^dead@example\.jp,届かない,/);
  });

  it('imports a JSON export, and refuses a broken file without losing anything', async () => {
    await recordBounce('a', hard('kept@example.jp'));
    await recordBounce('b', hard('other@example.jp'));
    const before = await readTrackedRecipients();
    const backup = exportJson(before.filter((e) => e.address === 'kept@example.jp'), Date.now());
    render(<App />);
    await waitFor(() => expect(screen.getByTestId('bn-data-count').textContent).toBe('今の記録：2件'));

    chooseFile('bn-import-file', new File(['{"format":"bounce-navi/tracked-recipients","version":1,"recipients":[{"address":"x"}]}'], 'broken.json'));
    const refused = await screen.findByTestId('bn-data-message');
    expect(refused.textContent).toContain('今の記録はそのまま残っています');
    expect(refused.textContent).toContain('1件目の「address」');
    await expect(readTrackedRecipients()).resolves.toEqual(before);

    fireEvent.click(screen.getByTestId('bn-clear'));
    fireEvent.click(screen.getByTestId('bn-clear-yes'));
    await waitFor(() => expect(screen.getByTestId('bn-data-count').textContent).toBe('今の記録：0件'));
    chooseFile('bn-import-file', new File([backup], 'backup.json'));
    await waitFor(() => expect(screen.getByTestId('bn-data-message').textContent).toContain('追加 1件'));
    await expect(readTrackedRecipients()).resolves.toEqual(before.filter((e) => e.address === 'kept@example.jp'));
  });

  it('asks before clearing everything', async () => {
    await recordBounce('a', hard('a@example.jp'));
    render(<App />);
    await waitFor(() => expect(screen.getByTestId('bn-data-count').textContent).toBe('今の記録：1件'));
    fireEvent.click(screen.getByTestId('bn-clear'));
    expect(screen.getByRole('alertdialog').textContent).toContain('記録した1件をすべて削除します');
    fireEvent.click(screen.getByTestId('bn-clear-no'));
    await expect(readTrackedRecipients()).resolves.toHaveLength(1);
    fireEvent.click(screen.getByTestId('bn-clear'));
    fireEvent.click(screen.getByTestId('bn-clear-yes'));
    await waitFor(() => expect(screen.getByTestId('bn-data-message').textContent).toBe('1件の記録を削除しました。'));
    await expect(readTrackedRecipients()).resolves.toEqual([]);
  });

  it('checks a pasted mail by hand and adds it to the tracker once', async () => {
    render(<App />);
    const source = fs.readFileSync('tests/fixtures/eml/gmail/01-address-not-found.eml', 'utf8');
    fireEvent.change(await screen.findByTestId('bn-manual-source'), { target: { value: source } });
    fireEvent.click(screen.getByTestId('bn-manual-analyse'));
    const result = await screen.findByTestId('bn-manual-result');
    // The sidebar's own report view: verdict, recipient card, explanation.
    expect(within(result).getByTestId('bn-report').getAttribute('data-kind')).toBe('bounce');
    expect(within(result).getByTestId('bn-address').textContent).toBe('suzuki.ichiro@exmaple.co.jp');
    expect(within(result).queryByTestId('bn-history')).toBeNull();
    fireEvent.click(screen.getByTestId('bn-manual-record'));
    await waitFor(() => expect(screen.getByTestId('bn-manual-note').textContent).toBe('1件の宛先を記録しました。'));
    // Once recorded, the view shows the tracker's history, as the sidebar does.
    expect(within(result).getByTestId('bn-history').textContent).toContain('これまでに1回');
    fireEvent.click(screen.getByTestId('bn-manual-record'));
    await waitFor(async () => expect(await readTrackedRecipients()).toHaveLength(1));
    expect((await readTrackedRecipients())[0]).toMatchObject({ address: 'suzuki.ichiro@exmaple.co.jp', source: 'manual', totalBounces: 1 });
  });

  it('checks a chosen .eml file, and says so when there is nothing to check', async () => {
    render(<App />);
    fireEvent.click(await screen.findByTestId('bn-manual-analyse'));
    expect(screen.getByTestId('bn-manual-note').textContent).toBe('メールのソースを貼り付けるか、ファイルを選んでください。');
    chooseFile('bn-manual-file', new File([fs.readFileSync('tests/fixtures/eml/gmail/01-address-not-found.eml')], '01.eml'));
    await waitFor(() => expect(screen.getByText('選んだファイル：01.eml')).toBeTruthy());
    fireEvent.click(screen.getByTestId('bn-manual-analyse'));
    expect((await screen.findByTestId('bn-manual-result')).textContent).toContain('suzuki.ichiro@exmaple.co.jp');
  });

  it('offers no recording for a mail that is not a bounce', async () => {
    render(<App />);
    const ordinary = 'From: tanaka@example.jp\nTo: sato@example.co.jp\nSubject: 内見の日程\nMessage-ID: <plain-1@example.jp>\n\nよろしくお願いします。\n';
    fireEvent.change(await screen.findByTestId('bn-manual-source'), { target: { value: ordinary } });
    fireEvent.click(screen.getByTestId('bn-manual-analyse'));
    const result = await screen.findByTestId('bn-manual-result');
    expect(within(result).getByTestId('bn-report').getAttribute('data-kind')).toBe('not-bounce');
    expect(screen.queryByTestId('bn-manual-record')).toBeNull();
  });

  it('checks an .eml file dropped on the section', async () => {
    render(<App />);
    const section = await screen.findByTestId('bn-manual');
    const file = new File([fs.readFileSync('tests/fixtures/eml/webmail/gmail-mailbox-full.eml')], 'full.eml');
    fireEvent.drop(section, { dataTransfer: { files: [file] } });
    await waitFor(() => expect(screen.getByText('選んだファイル：full.eml')).toBeTruthy());
    fireEvent.click(screen.getByTestId('bn-manual-analyse'));
    const result = await screen.findByTestId('bn-manual-result');
    expect(within(result).getByTestId('bn-report').getAttribute('data-tone')).toBe('soft');
  });

  it('states the privacy promise', async () => {
    render(<App />);
    expect((await screen.findByTestId('bn-privacy')).textContent).toContain('外部のサーバーには一切送信しません');
  });
});
