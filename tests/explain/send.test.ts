import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classifyBounce } from '@/lib/bounce';
import type { ClassifiedReport } from '@/lib/bounce/types';
import { explainRecipient } from '@/lib/explain';
import { receptionRequest } from '@/lib/explain/ja/carriers';
import { glanceOfSend } from '@/lib/explain/send';

const read = async (name: string) => (await classifyBounce(fs.readFileSync(`tests/fixtures/eml/story/${name}`))) as ClassifiedReport;

describe('the whole send at a glance', () => {
  it('a mail to 5 people (To and Cc) with one failure: "1 of 5", the 4 others no error yet, the caveat', async () => {
    const report = await read('01-nxdomain-typo-five-recipients.eml');
    const ja = glanceOfSend(report, [], 'ja');
    expect(ja).toMatchObject({ sentTo: 5, others: 4, headline: '5人中1人に届きませんでした' });
    expect(ja?.othersLine).toBe('ほかの4人からは、今のところエラーは返ってきていません。');
    expect(ja?.caveat).toMatch(/届いた証明ではありません/);
    expect(ja?.caveat).toMatch(/エラーが返ってこないのに届かないときは/);
    expect(glanceOfSend(report, [], 'en')?.headline).toBe('1 of 5 recipients did not get it');
  });

  it('reads several bounces for one sent mail as one send', async () => {
    const report = await read('01-nxdomain-typo-five-recipients.eml');
    const glance = glanceOfSend(report, ['ito.mai@example.jp', 'YUKI.MORI@docomo.ne.jo'], 'ja');
    expect(glance).toMatchObject({ sentTo: 5, others: 3, headline: '5人中2人に届きませんでした' });
    expect(glance?.failedLine).toBe('届かなかった宛先: yuki.mori@docomo.ne.jo、ito.mai@example.jp（前のエラーメール）');
  });

  it('says nothing for a mail to one person, or without its recipients', async () => {
    expect(glanceOfSend(await read('03-too-large.eml'), [], 'ja')).toBeUndefined();
    const report = await read('01-nxdomain-typo-five-recipients.eml');
    expect(glanceOfSend({ ...report, original: undefined }, [], 'ja')).toBeUndefined();
  });
});

describe('受信設定のお願い, carrier by carrier', () => {
  it("names each carrier's own settings and the user's domain", () => {
    const docomo = receptionRequest('docomo', 'example.co.jp');
    expect(docomo).toMatch(/受信リスト設定」に「@example\.co\.jp」/);
    expect(docomo).toMatch(/受信拒否を「強」/);
    const au = receptionRequest('au', 'example.co.jp');
    expect(au).toMatch(/なりすまし・転送メール許可/);
    expect(au).toMatch(/なりすまし規制/);
    const softbank = receptionRequest('softbank', 'example.co.jp');
    expect(softbank).toMatch(/受信許可リスト」に「@example\.co\.jp」/);
    expect(softbank).toMatch(/なりすまし拒否/);
    expect(receptionRequest('au', '')).toMatch(/私のメールアドレスの@から後ろ/);
  });

  it("a docomo filtered bounce offers the docomo request with the sender's domain from the original", async () => {
    const report = await read('04-docomo-filtered.eml');
    const [recipient] = report.recipients;
    if (!recipient) throw new Error('no recipient');
    const ja = explainRecipient(recipient, 'ja', report.original);
    expect(ja.adminMessage).toMatch(/^【受信設定のお願い】/);
    expect(ja.adminMessage).toContain('「受信リスト設定」に「@example.com」を登録してください。');
    expect(ja.steps[0]).toMatch(/SMS や LINE/);
    expect(explainRecipient(recipient, 'en', report.original).adminMessage).toContain('@example.com');
  });
});

describe('the report headline follows the story', () => {
  it('names the mistyped domain, not the path, for the NXDOMAIN typo', async () => {
    const { explainReport } = await import('@/lib/explain');
    const report = await read('01-nxdomain-typo-five-recipients.eml');
    expect(explainReport(report, 'ja').title).toBe('メールが届きませんでした（アドレスの@より後ろの打ち間違い）');
    expect(explainReport(report, 'ja').verdict).toBe('直すまで届かない宛先があります。アドレスを確かめてください。');
  });
});
