import { describe, expect, it } from 'vitest';
import { REASON_IDS } from '@/lib/bounce/reasons/taxonomy';
import { REPORT_KINDS, type BounceReport, type UnparsedCause } from '@/lib/bounce/types';
import { ACTORS, actorLabel, explainReason, explainReport, reasonLabel, severityDescription, severityLabel, type Explanation } from '@/lib/explain';
import type { Lang } from '@/lib/i18n/lang';

const LANGS: readonly Lang[] = ['ja', 'en'];
const CAUSES: readonly UnparsedCause[] = ['empty', 'too-large', 'too-deep', 'too-many-parts', 'too-many-headers', 'too-slow', 'not-a-mail', 'broken-mime', 'no-recipient'];
const notice = { subject: 'Undelivered Mail Returned to Sender', from: 'MAILER-DAEMON@mx.example.jp', date: '', messageId: '<n1@example.jp>' };

/** Every field a person reads is there, and in the right script. */
function expectComplete(explanation: Explanation, lang: Lang): void {
  for (const text of [explanation.title, explanation.whatHappened, explanation.actorText, explanation.resend, explanation.verdict]) {
    expect(text.trim()).not.toBe('');
    if (lang === 'ja') expect(text).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    else expect(text).not.toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
  }
  expect(explanation.steps.length).toBeGreaterThan(0);
  for (const step of explanation.steps) expect(step.trim()).not.toBe('');
  expect(ACTORS).toContain(explanation.actor);
}

describe.each(LANGS)('every text exists in %s', (lang) => {
  it.each(REASON_IDS)('reason %s', (reason) => {
    expectComplete(explainReason(reason, lang), lang);
    expect(reasonLabel(reason, lang).trim()).not.toBe('');
  });

  it.each(REPORT_KINDS.filter((kind) => kind !== 'unparsed'))('kind %s', (kind) => {
    const report: BounceReport =
      kind === 'not-bounce'
        ? { kind, notice, input: 'raw' }
        : { kind, decoder: 'rfc3464', notice, input: 'raw', recipients: [] };
    expectComplete(explainReport(report, lang), lang);
  });

  it.each(CAUSES)('unparsed cause %s', (cause) => {
    const explanation = explainReport({ kind: 'unparsed', cause, detail: '', input: 'raw' }, lang);
    expectComplete(explanation, lang);
    expect(explanation.title).toContain(lang === 'ja' ? '判定できませんでした' : 'Could not classify');
  });

  it('labels severities and actors', () => {
    expect(severityLabel('hard', lang)).not.toBe(severityLabel('soft', lang));
    expect(severityDescription('soft', lang, 7)).toContain('7');
    for (const actor of ACTORS) expect(actorLabel(actor, lang).trim()).not.toBe('');
  });
});

describe('the titles tell reasons apart', () => {
  it.each(LANGS)('no two reasons share a title or a label in %s', (lang) => {
    const titles = REASON_IDS.map((reason) => explainReason(reason, lang).title);
    const labels = REASON_IDS.map((reason) => reasonLabel(reason, lang));
    expect(new Set(titles).size).toBe(REASON_IDS.length);
    expect(new Set(labels).size).toBe(REASON_IDS.length);
  });
});
