import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleBackgroundRequest } from '@/lib/messaging/handlers';
import { hard, soft } from '../tracker/reports';

// The background's answer to a compose window's question, over the real tracker storage.

const record = (messageKey: string, report: ReturnType<typeof hard>) =>
  handleBackgroundRequest({ type: 'record-bounce', messageKey, source: 'gmail', report });
const check = (addresses: string[]) => handleBackgroundRequest({ type: 'check-recipients', addresses });

describe('check-recipients (fake browser)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('ja');
  });

  it('answers nothing for valid, unflagged addresses, even with a tracked list', async () => {
    await record('m1', hard('dead@example.jp'));
    await expect(check(['taro@example.jp', 'hanako@docomo.ne.jp', 'x@outlook.at'])).resolves.toEqual([]);
  });

  it('warns about an address flagged by a recorded bounce, whatever the case it is written in', async () => {
    await record('m1', hard('dead@example.jp'));
    const [warning] = await check(['taro@example.jp', 'DEAD@example.jp']);
    expect(warning).toMatchObject({ kind: 'flagged', address: 'DEAD@example.jp', reason: 'userunknown', totalBounces: 1 });
  });

  it('follows a new bounce recorded after the first question', async () => {
    await expect(check(['late@example.jp'])).resolves.toEqual([]);
    await record('m2', hard('late@example.jp'));
    await expect(check(['late@example.jp'])).resolves.toMatchObject([{ kind: 'flagged' }]);
  });

  it('notes soft runs unless the user turned that off; says nothing while the guard is off', async () => {
    await record('s1', soft('busy@example.co.jp'));
    await expect(check(['busy@example.co.jp'])).resolves.toMatchObject([{ kind: 'soft', softRun: 1 }]);
    await handleBackgroundRequest({ type: 'update-settings', settings: { guardSoftWarns: false } });
    await expect(check(['busy@example.co.jp'])).resolves.toEqual([]);
    await handleBackgroundRequest({ type: 'update-settings', settings: { guardEnabled: false } });
    await expect(check(['taro@gmai.com'])).resolves.toEqual([]);
  });

  it('answers typos and undeliverable addresses without any bounce', async () => {
    await expect(check(['taro@gmai.com', 'ｔａｒｏ＠example.jp', 'taro@example.jp'])).resolves.toMatchObject([
      { kind: 'typo', suggested: 'taro@gmail.com' },
      { kind: 'undeliverable', suggested: 'taro@example.jp' },
    ]);
  });

  it('ignores what is not a string', async () => {
    await expect(handleBackgroundRequest({ type: 'check-recipients', addresses: [42, null, 'taro@gmai.com'] as unknown as string[] })).resolves.toHaveLength(1);
    await expect(handleBackgroundRequest({ type: 'check-recipients' } as never)).resolves.toEqual([]);
  });
});
