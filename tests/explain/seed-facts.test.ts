import { describe, expect, it } from 'vitest';
import type { ReasonId } from '@/lib/bounce/types';
import { explainReason, explainReport, severityDescription, type ExplainContext, type Explanation } from '@/lib/explain';

/**
 * Every fact of the two seed articles (../shared/seeds), and the facts the issue adds beyond
 * them, must be in the Japanese text, in our own words. One row per fact: where it must
 * appear, and a pattern for it.
 */

const text = (e: Explanation): string =>
  [e.title, e.whatHappened, e.actorText, ...e.steps, e.resend, e.verdict, ...(e.notes ?? []), e.adminMessage ?? ''].join('\n');

interface Fact {
  fact: string;
  reason: ReasonId;
  context?: ExplainContext;
  patterns: readonly RegExp[];
}

const seedFacts: readonly Fact[] = [
  { fact: 'user unknown: the part before @ is wrong', reason: 'userunknown', patterns: [/@より前/] },
  { fact: 'host unknown: the part after @ is wrong', reason: 'hostunknown', patterns: [/@より後ろ/] },
  { fact: 'receiving limits are often 5–10 MB', reason: 'emailtoolarge', patterns: [/5〜10MB/] },
  { fact: 'a few MB on mobile carriers', reason: 'emailtoolarge', context: { recipient: 'taro@docomo.ne.jp' }, patterns: [/数MB/] },
  { fact: 'too large: split, compress, or a download link', reason: 'emailtoolarge', patterns: [/分けて/, /圧縮/, /ダウンロード用のリンク/] },
  { fact: 'virus: resend once without the attachment, and scan the file', reason: 'virusdetected', patterns: [/添付ファイルを付けずに/, /一度だけ/, /ウイルス対策ソフトで添付ファイルを検査/] },
  { fact: 'mailbox full: the recipient empties it; reach them another way meanwhile', reason: 'mailboxfull', patterns: [/古いメールを消/, /別の方法/] },
  { fact: 'server down or slow: it retries by itself, so wait', reason: 'systemerror', context: { status: '4.3.0' }, patterns: [/自動で送り直し/, /待って/] },
  { fact: 'flagged as a spammer: contact the provider at once, change the password', reason: 'blocked', patterns: [/すぐに.*プロバイダー/, /パスワードを変えて/] },
  { fact: 'the provider may have sent a mail explaining the cause', reason: 'blocked', patterns: [/プロバイダーから、原因や直し方を知らせるメール/] },
  { fact: 'mojibake: resend as plain text', reason: 'contenterror', patterns: [/文字化け/, /テキスト形式/] },
  { fact: 'pasting through Notepad removes hidden formatting', reason: 'contenterror', patterns: [/メモ帳/] },
  { fact: 'carrier filters often return no error: ask in advance to allow your address or domain', reason: 'filtered', context: { recipient: 'taro@ezweb.ne.jp' }, patterns: [/エラーを返さずにメールを捨てる/, /受信許可に入れてもらう/] },
  { fact: 'a hard bounce blocks the address until it is corrected', reason: 'userunknown', patterns: [/直すまで/, /記録されます/] },
  { fact: '5 soft bounces in a row count as hard', reason: 'mailboxfull', patterns: [/5回続けて届かないと/] },
  { fact: 'a high bounce rate can get your sending blocked', reason: 'badreputation', patterns: [/エラーの割合が高く/, /送信そのものが止められる/] },
];

const beyondFacts: readonly Fact[] = [
  { fact: 'SPF/DKIM/DMARC, with the request for the administrator', reason: 'authfailure', patterns: [/SPF/, /DKIM/, /DMARC/] },
  { fact: "Gmail's 5.7.26", reason: 'authfailure', context: { status: '5.7.26', diagnosticCode: '550-5.7.26 ... gsmtp' }, patterns: [/Gmail/, /5\.7\.26/] },
  { fact: 'a missing PTR record', reason: 'requireptr', patterns: [/PTR/, /逆引き/] },
  { fact: 'rate limiting', reason: 'ratelimited', patterns: [/送りすぎ/, /小分け/] },
  { fact: 'relay denied', reason: 'norelaying', patterns: [/中継/, /認証/] },
  { fact: 'an account suspended', reason: 'suspend', patterns: [/利用が止まって/] },
  { fact: 'an address that moved', reason: 'hasmoved', patterns: [/移転/, /新しいアドレス/] },
];

describe.each([
  ['seed article fact', seedFacts],
  ['fact beyond the articles', beyondFacts],
] as const)('%s', (_kind, facts) => {
  it.each(facts.map((f) => [f.fact, f] as const))('%s', (_name, fact) => {
    const explanation = explainReason(fact.reason, 'ja', fact.context);
    for (const pattern of fact.patterns) expect(text(explanation)).toMatch(pattern);
  });
});

describe('what to tell the administrator', () => {
  it.each<ReasonId>(['authfailure', 'requireptr', 'ratelimited', 'norelaying', 'suspend', 'hasmoved', 'blocked', 'badreputation', 'failedstarttls', 'rejected'])(
    '%s has a short message to forward, with the codes',
    (reason) => {
      const e = explainReason(reason, 'ja', { recipient: 'taro@example.co.jp', status: '5.7.1', replyCode: '550' });
      expect(e.adminMessage).toBeDefined();
      expect(e.adminMessage).toContain('宛先: taro@example.co.jp');
      expect(e.adminMessage).toContain('エラーコード: 550 5.7.1');
      expect(explainReason(reason, 'en', { replyCode: '550' }).adminMessage).toContain('Error code: 550');
    },
  );

  it('is absent when only the sender acts', () => {
    expect(explainReason('userunknown', 'ja').adminMessage).toBeUndefined();
    expect(explainReason('emailtoolarge', 'ja').adminMessage).toBeUndefined();
  });

  it('never carries a code that is not a code', () => {
    const e = explainReason('blocked', 'ja', { status: '<script>', replyCode: '55x' });
    expect(e.adminMessage).not.toMatch(/エラーコード|script/);
  });
});

describe('the tracker rules in words', () => {
  it('follows the soft-bounce setting', () => {
    expect(severityDescription('soft', 'ja', 3)).toMatch(/3回続けて/);
    expect(explainReason('mailboxfull', 'ja', { softBounceLimit: 7 }).notes?.join()).toMatch(/7回続けて/);
    expect(explainReport({ kind: 'unparsed', cause: 'empty', detail: '', input: 'raw' }, 'ja', { softBounceLimit: 9 }).notes).toEqual([]);
  });

  it('says the hard-bounce rule for hard reasons only', () => {
    expect(explainReason('hostunknown', 'ja').notes?.join()).toMatch(/ハードバウンス/);
    expect(explainReason('hostunknown', 'ja').notes?.join()).not.toMatch(/ソフトバウンス/);
    expect(explainReason('vacation', 'ja').notes ?? []).toEqual([]);
  });
});
