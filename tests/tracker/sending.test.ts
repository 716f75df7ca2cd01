import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classifyBounce } from '@/lib/bounce';
import type { BounceReport, ClassifiedReport } from '@/lib/bounce/types';
import { explainSending } from '@/lib/explain/sending';
import { SENDING_KINDS, storyOf } from '@/lib/explain/story';
import { recordReport, treatByConcern, type TrackedRecipient } from '@/lib/tracker/model';
import {
  activeIncidents,
  EMPTY_SENDING_STATE,
  EMPTY_SENT_MAILS,
  failedOfSentMail,
  parseSendingState,
  parseSentMails,
  recordSending,
  recordSentMail,
  resolveSending,
  SENDING_QUIET_PERIOD_MS,
} from '@/lib/tracker/sending';

const story = (r: Parameters<typeof storyOf>[0]) => storyOf(r);
const read = (name: string): Promise<BounceReport> => classifyBounce(fs.readFileSync(`tests/fixtures/eml/story/${name}`));
const DAY = 24 * 60 * 60 * 1000;

/** The same bounce as another bounce mail: its own Message-ID (so it is not the same bounce opened twice). */
function again(report: BounceReport, n: number): BounceReport {
  const classified = report as ClassifiedReport;
  return { ...classified, notice: { ...classified.notice, messageId: `<copy-${n}@example.com>` } };
}

describe('"your sending": sender-side bounces', () => {
  it('gathers a Spamhaus block for 3 recipients into one line with the decisive facts', async () => {
    const report = await read('02-spamhaus-three-recipients.eml');
    const now = Date.parse('2026-11-19T07:00:00Z');
    const { state, changed } = recordSending(EMPTY_SENDING_STATE, { messageKey: 'gmail:1', report }, story, now);
    expect(changed).toBe(true);
    expect(state.incidents).toEqual([
      expect.objectContaining({
        recipientDomain: 'example.co.jp',
        recipients: 3,
        replyCode: '554',
        status: '5.7.1',
        kind: 'listed',
        reason: 'blocked',
        lists: ['Spamhaus'],
      }),
    ]);
    // The same bounce opened again adds nothing.
    expect(recordSending(state, { messageKey: 'gmail:1', report }, story, now).changed).toBe(false);
    const warning = explainSending(activeIncidents(state, now), 'ja', () => '2026/11/19 15:20', 7, SENDING_KINDS);
    expect(warning?.title).toBe('あなたの会社のメールサーバーが迷惑メール送信元リスト（Spamhaus）に載っています');
    expect(warning?.others).toMatch(/ほかの宛先にも/);
    expect(warning?.who).toMatch(/メール管理者/);
    expect(warning?.report).toContain('宛先ドメイン: example.co.jp（3件）');
    expect(warning?.report).toContain('応答コード: 554  ステータス: 5.7.1  相手のサーバー: mx.example.co.jp');
    expect(warning?.report).toContain('名前の出たブロックリスト: Spamhaus');
    expect(warning?.report).toContain('2026/11/19 15:20');
  });

  it('clears when the user says it is fixed, and after the quiet period', async () => {
    const report = await read('02-spamhaus-three-recipients.eml');
    const date = Date.parse('2026-11-19T06:20:44Z');
    const { state } = recordSending(EMPTY_SENDING_STATE, { messageKey: 'k', report }, story, date + 1000);
    expect(activeIncidents(state, date + DAY)).toHaveLength(1);
    expect(activeIncidents(state, date + SENDING_QUIET_PERIOD_MS + 1)).toEqual([]);
    const resolved = resolveSending(state, date + DAY);
    expect(activeIncidents(resolved, date + DAY)).toEqual([]);
    // A new sender-side bounce after "fixed" raises it again.
    const newer: ClassifiedReport = { ...(report as ClassifiedReport), notice: { ...(report as ClassifiedReport).notice, messageId: '<n@x>', date: 'Sat, 21 Nov 2026 10:00:00 +0900' } };
    const later = recordSending(resolved, { messageKey: 'k2', report: newer }, story, date + 2 * DAY);
    expect(activeIncidents(later.state, date + 2 * DAY)).toHaveLength(1);
  });

  it('records no incident for recipient-side or message-side bounces (only the user\'s own domain)', async () => {
    for (const name of ['01-nxdomain-typo-five-recipients.eml', '03-too-large.eml', '04-docomo-filtered.eml']) {
      const report = await read(name);
      const { state } = recordSending(EMPTY_SENDING_STATE, { messageKey: name, report }, story, Date.now());
      expect(state, name).toEqual({ incidents: [], keys: [], ownDomain: 'example.com' });
    }
  });

  it('reads any stored value as a valid state (a broken one as empty)', () => {
    expect(parseSendingState(undefined)).toEqual(EMPTY_SENDING_STATE);
    expect(parseSendingState({ incidents: [{ date: 'x' }, 5], keys: ['nothex', 'abcdef0123456789'] })).toEqual({ incidents: [], keys: ['abcdef0123456789'] });
    expect(parseSentMails('garbage')).toEqual(EMPTY_SENT_MAILS);
  });
});

describe('the tracker never counts sender- or message-side bounces against the recipient', () => {
  const options = { now: Date.parse('2026-12-01T00:00:00Z'), softToHardThreshold: 5, treat: (r: Parameters<typeof storyOf>[0]) => storyOf(r).tracker };

  async function fiveTimes(name: string): Promise<TrackedRecipient[]> {
    const report = await read(name);
    let list: TrackedRecipient[] = [];
    for (let i = 0; i < 5; i++) list = recordReport(list, { messageKey: `gmail:${name}:${i}`, source: 'gmail', report: again(report, i) }, options).recipients;
    return list;
  }

  it('five Spamhaus blocks for one address never flag it', async () => {
    expect(await fiveTimes('02-spamhaus-three-recipients.eml')).toEqual([]);
  });

  it('five too-large bounces never flag it', async () => {
    expect(await fiveTimes('03-too-large.eml')).toEqual([]);
  });

  it('five docomo filter refusals do (the recipient must change the setting)', async () => {
    const list = await fiveTimes('04-docomo-filtered.eml');
    expect(list).toEqual([expect.objectContaining({ address: 'hoshino.mio@docomo.ne.jp', state: 'hard', hardCause: 'soft-run', softRun: 5 })]);
  });

  it('the NXDOMAIN typo (Sisimai: networkerror, soft) is flagged at once, its reason kept', async () => {
    const report = await read('01-nxdomain-typo-five-recipients.eml');
    const [entry] = recordReport([], { messageKey: 'gmail:nx', source: 'gmail', report }, options).recipients;
    expect(entry).toMatchObject({ address: 'yuki.mori@docomo.ne.jo', state: 'hard', hardCause: 'hard-bounce', lastReason: 'networkerror' });
    // Without the story (by concern alone) the same bounce is one soft bounce: the story is what flags it.
    const [byConcern] = recordReport([], { messageKey: 'gmail:nx', source: 'gmail', report }, { ...options, treat: treatByConcern }).recipients;
    expect(byConcern?.state).toBe('soft');
  });
});

describe('sent mails: several bounces for one mail read as one send', () => {
  it('gathers the failed recipients of one original across bounces', async () => {
    const first = (await read('01-nxdomain-typo-five-recipients.eml')) as ClassifiedReport;
    const now = Date.parse('2026-12-01T00:00:00Z');
    let { mails } = recordSentMail(EMPTY_SENT_MAILS, first, now);
    const second: ClassifiedReport = {
      ...first,
      notice: { ...first.notice, messageId: '<second@example.com>' },
      recipients: first.recipients.map((r) => ({ ...r, recipient: 'ito.mai@example.jp' })),
    };
    mails = recordSentMail(mails, second, now).mails;
    expect(recordSentMail(mails, second, now).changed).toBe(false);
    expect(failedOfSentMail(mails, '<CAfixture-original-0041@mail.example.com>').map((f) => f.address)).toEqual([
      'yuki.mori@docomo.ne.jo',
      'ito.mai@example.jp',
    ]);
    expect(failedOfSentMail(mails, '<other@example.com>')).toEqual([]);
    expect(parseSentMails(JSON.parse(JSON.stringify(mails)))).toEqual(mails);
  });
});
