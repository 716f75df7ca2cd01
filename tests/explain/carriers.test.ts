import { describe, expect, it } from 'vitest';
import type { ClassifiedReport, RecipientResult } from '@/lib/bounce/types';
import { explainReason, explainReport } from '@/lib/explain';
import { carrierOf, type CarrierId } from '@/lib/typo';

describe('the carrier of an address', () => {
  it.each<[string, CarrierId | undefined]>([
    ['taro@docomo.ne.jp', 'docomo'],
    ['taro@ezweb.ne.jp', 'au'],
    ['taro@au.com', 'au'],
    ['taro@biz.au.com', 'au'],
    ['taro@uqmobile.jp', 'uqmobile'],
    ['taro@softbank.ne.jp', 'softbank'],
    ['taro@i.softbank.jp', 'softbank'],
    ['taro@disney.ne.jp', 'softbank'],
    ['taro@t.vodafone.ne.jp', 'softbank'],
    ['taro@jp-k.ne.jp', 'softbank'],
    ['taro@ymobile.ne.jp', 'ymobile'],
    ['taro@willcom.com', 'ymobile'],
    ['taro@dj.pdx.ne.jp', 'ymobile'],
    ['taro@rakumail.jp', 'rakuten'],
    ['TARO@DOCOMO.NE.JP', 'docomo'],
    ['taro@gmail.com', undefined],
    ['taro@yahoo.co.jp', undefined],
    ['taro@example.ne.jp', undefined],
    ['taro@docomo.ne.jp.example.com', undefined],
    ['taro@notdocomo.ne.jp', undefined],
  ])('%s → %s', (address, carrier) => {
    expect(carrierOf(address)).toBe(carrier);
  });
});

const allText = (e: ReturnType<typeof explainReason>): string =>
  [e.title, e.whatHappened, ...e.steps, e.resend, e.verdict, ...(e.notes ?? []), e.adminMessage ?? ''].join('\n');

describe('carrier-aware text', () => {
  it('says a docomo "Unknown user" now means the address really does not exist (the 2025 change)', () => {
    const ja = explainReason('userunknown', 'ja', { recipient: 'taro@docomo.ne.jp', status: '5.1.1' });
    expect(allText(ja)).toMatch(/2025年2〜3月/);
    expect(allText(ja)).toMatch(/本当に存在しない/);
    const en = explainReason('userunknown', 'en', { recipient: 'taro@docomo.ne.jp', status: '5.1.1' });
    expect(allText(en)).toMatch(/2025/);
  });

  it.each(['taro@ezweb.ne.jp', 'taro@au.com', 'hanako@i.softbank.jp', 'hanako@softbank.ne.jp', 'jiro@ymobile.ne.jp'])(
    'warns that at %s "User unknown" can also be a reception filter',
    (recipient) => {
      const text = allText(explainReason('userunknown', 'ja', { recipient }));
      expect(text).toMatch(/受信拒否の設定でも同じ「User unknown」/);
      expect(text).not.toMatch(/2025年/);
    },
  );

  it('says nothing about carriers for other addresses', () => {
    const text = allText(explainReason('userunknown', 'ja', { recipient: 'taro@gmail.com' }));
    expect(text).not.toMatch(/携帯|ドコモ|au|ソフトバンク/);
  });

  it('names the carrier and asks the recipient to allow the sender when a carrier filter refused the mail', () => {
    const e = explainReason('filtered', 'ja', { recipient: 'hanako@i.softbank.jp', status: '5.2.0' });
    expect(e.title).toContain('ソフトバンク');
    expect(e.actor).toBe('recipient');
    expect(e.steps.join()).toMatch(/受信設定のお願い/);
    expect(e.notes?.join()).toMatch(/エラーを返さずにメールを捨てる/);
    expect(e.notes?.join()).toMatch(/ソフトバンクには「なりすまし拒否」の設定/);
    // The carrier-exact request (lib/explain/ja/carriers.ts): SoftBank's own list names.
    expect(e.adminMessage).toMatch(/受信許可リスト/);
    expect(e.adminMessage).toMatch(/なりすまし拒否/);
  });

  it('tells docomo senders to have the spam folder checked, since filtered mail now lands there', () => {
    expect(explainReason('filtered', 'ja', { recipient: 'taro@docomo.ne.jp' }).notes?.join()).toMatch(/迷惑メールフォルダ/);
    expect(explainReason('filtered', 'ja', { recipient: 'taro@ezweb.ne.jp' }).notes?.join()).not.toMatch(/迷惑メールフォルダ/);
  });

  it('mentions the small size limits of mobile addresses', () => {
    expect(explainReason('emailtoolarge', 'ja', { recipient: 'taro@ezweb.ne.jp' }).whatHappened).toMatch(/au.*数MB/);
    expect(explainReason('emailtoolarge', 'ja', { recipient: 'taro@example.co.jp' }).whatHappened).not.toMatch(/数MB/);
  });

  it('reads au "Relay access denied" as a malformed address', () => {
    expect(explainReason('norelaying', 'ja', { recipient: 'taro@ezweb.ne.jp' }).whatHappened).toMatch(/^au あて.*書き方/);
    expect(explainReason('norelaying', 'en', { recipient: 'taro@au.com' }).whatHappened).toMatch(/^When mail to au/);
  });

  it('notes unpaid bills for a suspended mobile address', () => {
    expect(explainReason('suspend', 'ja', { recipient: 'taro@au.com' }).whatHappened).toMatch(/料金の未払い/);
  });

  it('warns about silent drops in the report summary when a recipient is at a carrier', () => {
    const recipient: RecipientResult = {
      recipient: 'hanako@docomo.ne.jp', action: 'failed', reason: 'filtered', severity: 'soft', hardbounce: false, status: '5.2.0',
      replyCode: '550', remoteMta: '', command: 'DATA', diagnosticCode: '550 Unknown user hanako@docomo.ne.jp', decoder: 'rfc3464',
      evidence: { source: 'remote-host', matched: 'unknown user', rule: 'rhost/nttdocomo' },
    };
    const report: ClassifiedReport = {
      kind: 'bounce', decoder: 'rfc3464', recipients: [recipient], input: 'raw',
      notice: { subject: '', from: 'MAILER-DAEMON@example.jp', date: '', messageId: '' },
    };
    expect(explainReport(report, 'ja').notes?.join()).toMatch(/エラーを返さずにメールを捨てる/);
    expect(explainReport({ ...report, recipients: [{ ...recipient, recipient: 'taro@example.co.jp' }] }, 'ja').notes?.join()).not.toMatch(
      /エラーを返さず/,
    );
  });
});
