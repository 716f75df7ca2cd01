import { describe, expect, it } from 'vitest';
import { RHOSTS } from '@/lib/bounce/rhost';
import type { Evidence } from '@/lib/bounce/types';
import { describeEvidence, mailSystemName } from '@/lib/explain';

// The shapes below are the ones the classifier produces for the fixtures in tests/fixtures/eml
// (lib/bounce/verdict.ts, lib/bounce/reasons/index.ts).
const ev = (source: Evidence['source'], matched: string, rule: string): Evidence => ({ source, matched, rule });

describe('describeEvidence', () => {
  it('a status code looked up in the status-code table (exim/01-user-unknown)', () => {
    expect(describeEvidence(ev('status-code', '5.1.1', 'reasons/userunknown'), 'ja')).toEqual({
      decidedBy: 'ステータスコード 5.1.1',
      rule: 'ステータスコードの意味（RFC 3463 の規格）に照らして判断しました。',
      ruleId: 'reasons/userunknown',
    });
    expect(describeEvidence(ev('status-code', '4.4.7', 'status-code'), 'en')).toEqual({
      decidedBy: 'Status code 4.4.7',
      rule: 'Checked against the meaning of status codes (RFC 3463).',
      ruleId: 'status-code',
    });
  });

  it('a phrase names the reason it stands for in the user words (v5sendmail/01-host-unknown)', () => {
    expect(describeEvidence(ev('phrase', 'host unknown', 'reasons/hostunknown'), 'ja')).toEqual({
      decidedBy: '「host unknown」という言葉',
      rule: '「アドレスの@より後ろが違う」を表す言い回しの一覧に照らして判断しました。',
      ruleId: 'reasons/hostunknown',
    });
    expect(describeEvidence(ev('phrase', 'over quota', 'reasons/mailboxfull'), 'en').rule).toBe('Checked against wording that means “Mailbox full”.');
  });

  it('a provider rule names the provider (postfix/02-docomo-after-data, ezweb/02-user-unknown)', () => {
    expect(describeEvidence(ev('remote-host', 'DATA', 'rhost/nttdocomo'), 'ja').rule).toBe('ドコモの返答の規則に照らして判断しました。');
    expect(describeEvidence(ev('remote-host', 'user unknown', 'rhost/google'), 'en').rule).toBe("Checked against Google's reply rules.");
    expect(describeEvidence(ev('remote-host', 'user unknown', 'rhost/google'), 'ja').rule).toBe('Google の返答の規則に照らして判断しました。');
  });

  it('a decoder names the mail system or the standard format', () => {
    expect(describeEvidence(ev('decoder', 'resolver.adr.recipnotfound', 'lhost/exchange2007'), 'en')).toEqual({
      decidedBy: 'The words “resolver.adr.recipnotfound”',
      rule: 'Checked against how Exchange writes its bounces.',
      ruleId: 'lhost/exchange2007',
    });
    expect(describeEvidence(ev('decoder', '5.1.10', 'lhost/office365'), 'ja').decidedBy).toBe('ステータスコード 5.1.10');
    expect(describeEvidence(ev('decoder', '', 'lhost/rfc3464'), 'ja')).toEqual({
      rule: '不達通知の標準の書き方（RFC 3464）に照らして判断しました。',
      ruleId: 'lhost/rfc3464',
    });
    expect(describeEvidence(ev('decoder', '', 'lhost/x3'), 'en').rule).toBe('Checked against the bounce format of an unnamed mail server.');
  });

  it('the outcomes where no table decided are whole sentences', () => {
    expect(describeEvidence(ev('phrase', '', 'no-rule-matched'), 'en').rule).toBe('No rule matched, so no reason could be decided.');
    expect(describeEvidence(ev('kind', '', 'nothing-to-read'), 'ja').rule).toBe('不達通知に理由が書かれていませんでした。');
    expect(describeEvidence(ev('kind', 'delayed', 'action'), 'en')).toEqual({
      decidedBy: 'The delivery state “delayed”',
      rule: 'Checked against the Action field (delivery state).',
      ruleId: 'action',
    });
  });

  it('never shows a bare internal id as the rule, and never throws on one it does not know', () => {
    for (const rule of ['reasons/nosuchreason', 'something-new', '', '/']) {
      expect(describeEvidence(ev('phrase', 'x', rule), 'ja')).toEqual({ decidedBy: '「x」という言葉', rule: '判定の規則に照らして判断しました。', ruleId: rule });
      expect(describeEvidence(ev('phrase', 'x', rule), 'en').rule).toBe('Checked against a classifier rule.');
    }
    expect(describeEvidence(ev('remote-host', '', 'rhost/newprovider'), 'en').rule).toBe("Checked against newprovider's reply rules.");
  });

  it("names every provider the classifier has reply rules for, in both languages (never its raw id)", () => {
    for (const { id } of RHOSTS) {
      for (const lang of ['ja', 'en'] as const) {
        expect(describeEvidence(ev('remote-host', '', `rhost/${id}`), lang).rule, `${id} (${lang})`).not.toContain(id);
      }
    }
  });
});

describe('mailSystemName', () => {
  it('names a known decoder and keeps an unknown id as it is', () => {
    expect(mailSystemName('exim')).toBe('Exim');
    expect(mailSystemName('office365')).toBe('Microsoft 365');
    expect(mailSystemName('nosuchmta')).toBe('nosuchmta');
  });
});
