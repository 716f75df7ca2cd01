import { describe, expect, it } from 'vitest';
import { REASON_CONCERNS } from '@/lib/bounce/reasons/concerns';
import { REASON_IDS } from '@/lib/bounce/reasons/taxonomy';
import { CATALOGS } from '@/lib/explain/catalog';
import { caseInput, EVIDENCE_CASES } from '@/lib/explain/decisions';
import { factsFrom } from '@/lib/explain/facts';
import { explainRecipient, severityLabel, storyLabel } from '@/lib/explain';
import { storyOf } from '@/lib/explain/story';
import type { RecipientResult } from '@/lib/bounce/types';
import { treatByConcern } from '@/lib/tracker/model';

// Every reason against every kind of evidence (code class, a mistyped domain, a domain that does
// not exist, a block list, a carrier): the headline, who acts, the verdict chip and the tracker's
// treatment must tell one story. These are the contradictions issue 12 found in the sidebar.

function result(input: ReturnType<typeof caseInput>): RecipientResult {
  return {
    action: 'failed',
    ...input,
    severity: 'soft',
    hardbounce: false,
    remoteMta: '',
    command: '',
    decoder: 'rfc3464',
    evidence: { source: 'status-code', matched: input.status, rule: 'test' },
  };
}

const TEMPORARY_JA = /一時的な問題|時間がたつと直ります|時間をおけば届く見込み/;
/** Words that say the sending server is still retrying: wrong once it has given up. */
const RETRYING = { ja: /自動で送り直|送り直しを続けて|今は待って/, en: /retries (?:it )?by itself|keeps retrying|still retr|will retry|wait for now/i };
const cases = REASON_IDS.flatMap((reason) => EVIDENCE_CASES.map((evidence) => ({ reason, evidence })));

describe.each(['ja', 'en'] as const)('one story per recipient (%s)', (lang) => {
  it.each(cases.map((c) => [`${c.reason} / ${c.evidence.name}`, c] as const))('%s', (_name, { reason, evidence }) => {
    const input = caseInput(reason, evidence);
    const story = storyOf(input);
    const explanation = explainRecipient(result(input), lang, undefined, { story });
    // Who acts and the verdict are the story's, wherever they are shown.
    expect(explanation.actor).toBe(story.actor);
    expect(explanation.severity).toBe(story.severity);
    // The tracker follows the verdict and the concern.
    if (story.tracker === 'flag') expect(story.severity).toBe('hard');
    if (story.tracker === 'count') expect(story.severity).toBe('soft');
    if (story.tracker === 'sender') expect(story.concern).toBe('sender');
    if (story.concern === 'message' || story.concern === 'not-failure') expect(story.tracker).toBe('none');
    if (story.concern === 'sender') expect(story.tracker).toBe('sender');
    // A hard verdict is never "temporary" and never "nobody acts".
    if (story.severity === 'hard') {
      expect(story.actor).not.toBe('nobody');
      if (lang === 'ja') expect(`${explanation.title}${explanation.verdict}${explanation.resend}`).not.toMatch(TEMPORARY_JA);
    }
    // A mistyped domain is told as the domain, never as the part before @, and the user resends.
    const aboutRecipient = ['address', 'path', 'undecided'].includes(REASON_CONCERNS[reason].concern);
    if (aboutRecipient && story.evidence.domainTypo && (story.evidence.nonexistentDomain || story.concern === 'address')) {
      expect(story.text).toBe('mistyped-domain');
      expect(story.actor).toBe('you');
      expect(story.tracker).toBe('flag');
      if (lang === 'ja') expect(explanation.title).not.toMatch(/@より前/);
      expect(explanation.steps.join(' ')).toContain(story.suggestion?.suggested ?? '?');
    }
    // A domain that does not exist is never told as the path between the servers (sender-side
    // reasons are left alone: "Sender address rejected: Domain not found" is the user's domain).
    if (story.evidence.nonexistentDomain && aboutRecipient) {
      expect(story.concern === 'path').toBe(false);
      expect(story.actor).not.toBe('nobody');
    }
    // After a final failure (5xx, or a 4xx the server gave up on) nobody retries: no text says so,
    // nobody is not the one to act, and a given-up 4xx says first that the server stopped.
    const told = `${explanation.whatHappened} ${explanation.actorText} ${explanation.steps.join(' ')} ${explanation.resend}`;
    if (story.severity && !story.evidence.retrying) {
      expect(told).not.toMatch(RETRYING[lang]);
      expect(story.actor).not.toBe('nobody');
    }
    if (story.severity && evidence.codeClass === '4' && evidence.action === 'failed') expect(explanation.notes?.[0]).toBe(CATALOGS[lang].gaveUpNote);
    else expect(explanation.notes ?? []).not.toContain(CATALOGS[lang].gaveUpNote);
    // The last note says what the tracker does; the chip says the same verdict.
    if (story.severity) {
      expect(explanation.notes?.at(-1)).toBe(CATALOGS[lang].trackerNotes[story.tracker](5));
      expect(severityLabel(story.severity, lang)).toBeTruthy();
    }
    expect(storyLabel(story, lang)).toBeTruthy();
  });
});

describe('the story agrees with each text and with the tracker', () => {
  it("uses the actor each reason's own text names, when the story tells that text", () => {
    for (const { reason, evidence } of cases) {
      const story = storyOf(caseInput(reason, evidence));
      if (story.text === 'mistyped-domain' || story.override) continue;
      for (const lang of ['ja', 'en'] as const) {
        const input = caseInput(reason, evidence);
        const draft = CATALOGS[lang].reasons[story.text](factsFrom({ ...input, severity: story.severity }));
        expect(draft.actor, `${reason} / ${evidence.name} / ${lang}`).toBe(story.actor);
      }
    }
  });

  it('tracks by concern the same way without the story, except where evidence overrides', () => {
    for (const { reason, evidence } of cases) {
      const input = caseInput(reason, evidence);
      const story = storyOf(input);
      if (story.override || story.concern === 'not-failure') continue;
      expect(treatByConcern({ ...result(input), severity: story.severity ?? 'soft' }), `${reason} / ${evidence.name}`).toBe(story.tracker);
    }
  });
});

describe('a 4.x.x on a failed recipient: the sending server gave up', () => {
  const timedOut = {
    recipient: 'taro@example.jp',
    reason: 'networkerror' as const,
    severity: 'soft' as const,
    status: '4.4.1',
    replyCode: '',
    diagnosticCode: 'delivery temporarily suspended: connect to mx.example.jp[192.0.2.25]:25: Connection timed out',
  };
  it('says nobody retries any more, and the user sends again later', () => {
    const failed = { ...timedOut, action: 'failed' };
    expect(storyOf(failed)).toMatchObject({ actor: 'you', tracker: 'count', evidence: { codeClass: '4', retrying: false } });
    const ja = explainRecipient(result(failed), 'ja');
    expect(ja.actor).toBe('you');
    expect(ja.notes?.[0]).toBe(CATALOGS.ja.gaveUpNote);
    expect(ja.notes?.[0]).toMatch(/送り直すのをやめ/);
    expect(`${ja.actorText}${ja.steps.join('')}${ja.resend}`).not.toMatch(RETRYING.ja);
    expect(ja.steps.join('')).toMatch(/もう一度送ってください/);
  });

  it('while it is still retrying (Action: delayed), says wait: nobody acts', () => {
    const delayed = { ...timedOut, action: 'delayed' };
    expect(storyOf(delayed)).toMatchObject({ actor: 'nobody', evidence: { retrying: true } });
    const ja = explainRecipient(result(delayed), 'ja');
    expect(ja.actor).toBe('nobody');
    expect(ja.notes ?? []).not.toContain(CATALOGS.ja.gaveUpNote);
    expect(`${ja.steps.join('')}${ja.resend}`).toMatch(RETRYING.ja);
  });

  it('ratelimited under 4.7.0 given up: the user waits a little and resends', () => {
    const story = storyOf({ ...timedOut, reason: 'ratelimited', status: '4.7.0', replyCode: '421', diagnosticCode: '421 4.7.0 Too many messages', action: 'FAILED' });
    expect(story).toMatchObject({ actor: 'you', tracker: 'sender' });
  });
});

describe('the cases of issue 12', () => {
  const base = { status: '', replyCode: '', diagnosticCode: '' };
  it('Gmail NXDOMAIN under 4.0.0 (networkerror) with a typo: the mistyped domain, hard, the user acts, flagged', () => {
    const story = storyOf({
      ...base,
      recipient: 'yuki.mori@docomo.ne.jo',
      reason: 'networkerror',
      severity: 'soft',
      status: '4.0.0',
      diagnosticCode: "DNS Error: DNS type 'mx' lookup of docomo.ne.jo responded with code NXDOMAIN Domain name not found: docomo.ne.jo",
    });
    expect(story).toMatchObject({ text: 'mistyped-domain', severity: 'hard', actor: 'you', tracker: 'flag', override: 'mistyped-domain' });
    expect(story.suggestion?.suggested).toBe('yuki.mori@docomo.ne.jp');
    const ja = explainRecipient(result({ ...base, recipient: 'yuki.mori@docomo.ne.jo', reason: 'networkerror', status: '4.0.0', diagnosticCode: 'NXDOMAIN' }), 'ja');
    expect(ja.title).toBe('アドレスの@より後ろ（ドメイン）が打ち間違いです');
    expect(`${ja.whatHappened}${ja.actorText}${ja.verdict}`).not.toMatch(/一時的|だれも対応する必要はありません|時間がたつと/);
    expect(ja.actorText).toBe('あなたが対応してください。');
  });

  it('Exchange userunknown at yahoo.co.jo: headlined as the domain, not the part before @', () => {
    const story = storyOf({ ...base, recipient: 'a.ishikawa@yahoo.co.jo', reason: 'userunknown', severity: 'hard', status: '5.1.10' });
    expect(story.text).toBe('mistyped-domain');
    expect(storyLabel(story, 'ja')).toBe('アドレスの@より後ろの打ち間違い');
  });

  it('a local-part problem stays told as the part before @', () => {
    const story = storyOf({ ...base, recipient: 'a.ishikawa@example.co.jp', reason: 'userunknown', severity: 'hard', status: '5.1.1' });
    expect(story.text).toBe('userunknown');
    expect(explainRecipient(result({ ...base, recipient: 'a.ishikawa@example.co.jp', reason: 'userunknown', status: '5.1.1' }), 'ja').title).toMatch(/@より前/);
  });

  it('Spamhaus: sender-side, never counted against the recipient; too large: never counted', () => {
    const listed = storyOf({ ...base, recipient: 'k@example.co.jp', reason: 'blocked', severity: 'soft', status: '5.7.1', diagnosticCode: 'blocked using zen.spamhaus.org' });
    expect(listed).toMatchObject({ concern: 'sender', tracker: 'sender', sending: 'listed', actor: 'your-admin' });
    const spam = storyOf({ ...base, recipient: 'k@example.co.jp', reason: 'spamdetected', severity: 'soft', status: '5.7.1', diagnosticCode: 'listed at Spamhaus' });
    expect(spam).toMatchObject({ concern: 'sender', tracker: 'sender', override: 'blocklisted' });
    const large = storyOf({ ...base, recipient: 'k@example.co.jp', reason: 'emailtoolarge', severity: 'soft', status: '5.3.4' });
    expect(large).toMatchObject({ concern: 'message', tracker: 'none', actor: 'you' });
  });

  it('docomo refusing after DATA (Sisimai: rejected) is the recipient\'s reception setting', () => {
    const story = storyOf({ ...base, recipient: 'h@docomo.ne.jp', reason: 'rejected', severity: 'soft', status: '5.0.0', replyCode: '550' });
    expect(story).toMatchObject({ text: 'filtered', concern: 'address', actor: 'recipient', tracker: 'count', override: 'carrier-filter' });
  });
});
