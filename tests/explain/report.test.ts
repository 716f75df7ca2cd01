import { describe, expect, it } from 'vitest';
import type { BounceReport, ClassifiedReport, OriginalMessage, RecipientResult } from '@/lib/bounce/types';
import { explainRecipient, explainReason, explainReport, explainSuggestion, reasonLabel, typoFixLabel } from '@/lib/explain';
import type { Lang } from '@/lib/i18n/lang';
import { suggestAddress } from '@/lib/typo';

const notice = { subject: 'Undeliverable: 見積書', from: 'postmaster@example.co.jp', date: '', messageId: '<n@example.co.jp>' };

function recipient(address: string, overrides: Partial<RecipientResult> = {}): RecipientResult {
  return {
    recipient: address, action: 'failed', reason: 'userunknown', severity: 'hard', hardbounce: true, status: '5.1.1', replyCode: '550',
    remoteMta: 'mx.example.jp', command: 'RCPT', diagnosticCode: '550 5.1.1 User unknown', decoder: 'rfc3464',
    evidence: { source: 'status-code', matched: '5.1.1', rule: 'status-table' }, ...overrides,
  };
}

function bounce(recipients: readonly RecipientResult[], input: 'raw' | 'text' = 'raw'): ClassifiedReport {
  return { kind: 'bounce', decoder: 'rfc3464', notice, recipients, input };
}

const soft = { severity: 'soft', hardbounce: false } as const;

describe('the report summary', () => {
  it('names the one reason when one recipient failed', () => {
    const e = explainReport(bounce([recipient('taro@example.co.jp')]), 'ja');
    expect(e.title).toBe(`メールが届きませんでした（${reasonLabel('userunknown', 'ja')}）`);
    expect(e.actor).toBe('you');
    expect(e.whatHappened).toContain('直すまで届かない宛先が1件');
    expect(e.resend).toMatch(/直すまでは、同じ宛先に送り直さない/);
  });

  it('has a plain title when the bounce names no recipient', () => {
    expect(explainReport(bounce([]), 'ja').title).toBe('メールが届きませんでした');
    expect(explainReport(bounce([]), 'en').title).toBe('Your mail was not delivered');
  });

  it('counts hard and soft recipients when several failed', () => {
    const e = explainReport(
      bounce([recipient('a@example.jp'), recipient('b@example.jp', { reason: 'mailboxfull', ...soft }), recipient('c@example.jp', { reason: 'mailboxfull', ...soft })]),
      'ja',
    );
    expect(e.title).toBe('メールが3件の宛先に届きませんでした');
    expect(e.whatHappened).toContain('直すまで届かない宛先が1件、原因が直れば届く宛先が2件');
    expect(e.actor).toBe('you'); // the recipients need different people: the sender passes the word on
    expect(e.notes?.join()).toMatch(/ハードバウンス/);
    expect(e.notes?.join()).toMatch(/ソフトバウンス/);
  });

  it('gives the common actor when every recipient needs the same person', () => {
    const e = explainReport(bounce([recipient('a@example.jp', { reason: 'authfailure', ...soft }), recipient('b@example.jp', { reason: 'requireptr', ...soft })]), 'en');
    expect(e.actor).toBe('your-admin');
    expect(e.verdict).toBe('Every address will receive mail once the cause is fixed.');
  });

  it('always warns about fake bounces and the bounce rate', () => {
    const notes = explainReport(bounce([recipient('a@example.jp')]), 'ja').notes?.join() ?? '';
    expect(notes).toMatch(/リンクや添付ファイルは開かないで/);
    expect(notes).toMatch(/エラーの割合が高く/);
  });

  it("says when a recipient was refused for the user's own sending, and only then", () => {
    const spamhaus = recipient('b@example.jp', {
      ...soft, reason: 'blocked', status: '5.7.1', replyCode: '554', diagnosticCode: '554 5.7.1 Client host [192.0.2.10] blocked using zen.spamhaus.org',
    });
    for (const lang of ['ja', 'en'] as const) {
      const sender = explainReport(bounce([recipient('a@example.jp'), spamhaus]), lang).notes?.join() ?? '';
      const address = explainReport(bounce([recipient('a@example.jp')]), lang).notes?.join() ?? '';
      const pattern = lang === 'ja' ? /あなたの送信側（メールサーバーやドメイン）の問題/ : /because of your own sending/;
      expect(sender).toMatch(pattern);
      expect(address).not.toMatch(pattern);
    }
  });

  it('says when the result comes from the rendered text only', () => {
    expect(explainReport(bounce([recipient('a@example.jp')], 'text'), 'ja').notes?.join()).toMatch(/画面に表示された文字/);
    expect(explainReport(bounce([recipient('a@example.jp')], 'raw'), 'ja').notes?.join()).not.toMatch(/画面に表示された文字/);
  });

  it('tells the user to wait on a delay notice', () => {
    const e = explainReport({ kind: 'delayed', decoder: 'rfc3464', notice, recipients: [recipient('a@example.jp', { action: 'delayed', status: '4.4.7', ...soft })], input: 'raw' }, 'ja');
    expect(e.actor).toBe('nobody');
    expect(e.resend).toMatch(/まだ送り直さないで/);
    expect(e.severity).toBeUndefined();
  });

  it('explains each unparsed cause with 判定できませんでした and a way forward', () => {
    const e = explainReport({ kind: 'unparsed', cause: 'not-a-mail', detail: 'HTML login page', input: 'raw' }, 'ja');
    expect(e.title).toBe('判定できませんでした（メールを取り出せませんでした）');
    expect(e.steps.join()).toMatch(/ログインし直して/);
    expect(e.steps.join()).toMatch(/メッセージのソースを表示/);
    expect(e.notes).toContain('技術的な情報: HTML login page');
  });

  it('caps the technical detail', () => {
    const e = explainReport({ kind: 'unparsed', cause: 'broken-mime', detail: 'x'.repeat(5000), input: 'raw' }, 'en');
    expect(e.notes?.[0]?.length).toBeLessThan(260);
  });

  it.each<Lang>(['ja', 'en'])('never throws on a report that breaks its own type (%s)', (lang) => {
    const broken = { kind: 'bounce', decoder: 'x', notice, input: 'raw' } as unknown as BounceReport;
    const e = explainReport(broken, lang);
    expect(e.title).toBe(explainReport({ kind: 'unparsed', cause: 'broken-mime', detail: '', input: 'raw' }, lang).title);
    const unknownCause = { kind: 'unparsed', cause: 'no-such-cause', detail: '', input: 'raw' } as unknown as BounceReport;
    expect(explainReport(unknownCause, lang).title).toBe(e.title);
  });
});

describe('one recipient', () => {
  it("follows the classifier's severity over the reason's usual one", () => {
    const hard = explainRecipient(recipient('a@example.jp', { reason: 'notaccept', status: '5.1.10', replyCode: '556' }), 'ja');
    expect(hard.severity).toBe('hard');
    expect(hard.resend).toBe('同じアドレスに送り直しても届きません。');
    const softOne = explainRecipient(recipient('a@example.jp', { reason: 'notaccept', status: '4.3.2', replyCode: '456', ...soft }), 'ja');
    expect(softOne.severity).toBe('soft');
    expect(softOne.notes?.join()).toMatch(/ソフトバウンス/);
    const filteredHard = explainRecipient(recipient('a@example.jp', { reason: 'filtered' }), 'ja');
    expect(filteredHard.severity).toBe('hard');
    expect(filteredHard.notes?.join()).toMatch(/ハードバウンス/);
  });

  it('decides notaccept by its code when no severity is given (Sisimai: 5xx is hard)', () => {
    expect(explainReason('notaccept', 'en', { status: '5.1.10' }).severity).toBe('hard');
    expect(explainReason('notaccept', 'en', { status: '4.3.2' }).severity).toBe('soft');
  });

  it('has no severity for outcomes that are not failures, whatever it is given', () => {
    expect(explainRecipient(recipient('a@example.jp', { reason: 'vacation', ...soft }), 'ja').severity).toBeUndefined();
  });

  it('adds the Outlook Auto-Complete step for Exchange RESOLVER.ADR bounces', () => {
    const e = explainRecipient(recipient('a@example.jp', { status: '5.1.10', diagnosticCode: '550 5.1.10 RESOLVER.ADR.RecipientNotFound' }), 'ja');
    expect(e.steps.join()).toMatch(/オートコンプリート/);
    expect(explainRecipient(recipient('a@example.jp'), 'ja').steps.join()).not.toMatch(/オートコンプリート/);
  });

  it('names the authentication checks and block lists the bounce names', () => {
    const auth = explainRecipient(recipient('a@gmail.com', { reason: 'authfailure', status: '5.7.26', diagnosticCode: 'SPF fail; dkim=none', ...soft }), 'ja');
    expect(auth.whatHappened).toContain('SPF・DKIM');
    expect(auth.whatHappened).not.toContain('DMARC');
    expect(auth.adminMessage).toContain('Gmail');
    const spam = explainRecipient(recipient('a@example.jp', { reason: 'spamdetected', diagnosticCode: 'listed at bl.spamcop.net and Barracuda', ...soft }), 'en');
    expect(spam.whatHappened).toContain('Barracuda, SpamCop');
    expect(spam.actor).toBe('your-admin');
  });
});

describe('the too-large text', () => {
  const original: OriginalMessage = {
    messageId: '<o@example.co.jp>', subject: '図面', date: '', from: 'agent@example.co.jp', to: ['taro@example.jp'], truncated: false,
    attachments: [
      { filename: '図面.pdf', mimeType: 'application/pdf', size: 6_000_000 },
      { filename: '写真1.jpg', mimeType: 'image/jpeg', size: 3_200_000 },
      { filename: '写真2.jpg', mimeType: 'image/jpeg', size: 3_300_000 },
      { filename: '写真3.jpg', mimeType: 'image/jpeg', size: 100_000 },
    ],
  };
  const tooLarge = recipient('taro@example.jp', { reason: 'emailtoolarge', status: '5.3.4', replyCode: '552', ...soft });

  it('gives the attachments total and their names', () => {
    const e = explainRecipient(tooLarge, 'ja', original);
    expect(e.whatHappened).toContain('添付ファイル（合計 約 12 MB）');
    expect(e.whatHappened).toContain('「図面.pdf」「写真1.jpg」「写真2.jpg」ほか1件');
    expect(explainRecipient(tooLarge, 'en', original).whatHappened).toContain('The attachments (about 12 MB in total)');
  });

  it("uses the message's size when the attachments' sizes are unknown", () => {
    const e = explainRecipient(tooLarge, 'ja', { ...original, size: 2_500_000, attachments: [{ filename: 'a.zip', mimeType: 'application/zip' }] });
    expect(e.whatHappened).toContain('このメール（約 2.4 MB）');
  });

  it('gives no size for a truncated copy', () => {
    const e = explainRecipient(tooLarge, 'ja', { ...original, size: 2_500_000, truncated: true, attachments: [] });
    expect(e.whatHappened).toMatch(/^このメールが/);
  });

  it('shows file names as plain, short text', () => {
    const names = [{ filename: `evil\u202e${'長'.repeat(100)}.exe\n`, mimeType: 'application/octet-stream', size: 10 }];
    const e = explainRecipient(tooLarge, 'ja', { ...original, attachments: names });
    expect(e.whatHappened).not.toMatch(/[\u202e\n]/);
    expect(e.whatHappened).toMatch(/長…」/);
  });
});

describe('typo suggestions in words', () => {
  it('says what was corrected', () => {
    const suggestion = suggestAddress('taro@gmial.com', { reason: 'userunknown' });
    expect(suggestion).toBeDefined();
    if (!suggestion) return;
    expect(explainSuggestion(suggestion, 'ja')).toBe('@より後ろの「gmial.com」は、「gmail.com」の打ち間違いと思われます。');
    expect(explainSuggestion(suggestion, 'en')).toBe('"gmial.com" after the @ looks like a typo for "gmail.com".');
  });

  it('describes every fix', () => {
    const suggestion = suggestAddress('ｔａｒｏ ＠docomo..ne.jp.', { reason: 'undefined' });
    expect(suggestion?.fixes).toEqual(['full-width', 'space', 'trailing-dot', 'double-dot']);
    if (suggestion) expect(explainSuggestion(suggestion, 'ja')).toBe(suggestion.fixes.map((fix) => typoFixLabel(fix, 'ja')).join(''));
  });
});

describe('values from stale storage', () => {
  it('falls back instead of throwing', () => {
    expect(explainReason('mesgtoobig' as never, 'ja').title).toBe(explainReason('undefined', 'ja').title);
    expect(reasonLabel('mesgtoobig' as never, 'en')).toBe(reasonLabel('undefined', 'en'));
    expect(explainReason('userunknown', 'fr' as never).title).toBe(explainReason('userunknown', 'ja').title);
  });
});
