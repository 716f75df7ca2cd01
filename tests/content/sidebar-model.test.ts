import { describe, expect, it } from 'vitest';
import { buildReportView, formatBytes, toneOf } from '@/lib/content/sidebar-model';
import { bounce, namingPort, recipient } from './reports';

describe('buildReportView', () => {
  it('joins report, explanation, glossary, typo suggestion and history per recipient', () => {
    const view = buildReportView(bounce([recipient()]), 'ja', namingPort, {
      histories: [{ address: 'TAKAHASHI.YUI@gmial.com', state: 'hard', totalBounces: 2, softRun: 0 }],
      source: { route: 'download', failures: [] },
    });
    expect(view.tone).toBe('hard');
    expect(view.hardCount).toBe(1);
    const [r] = view.recipients;
    expect(r?.explanation?.title).toBe('title:userunknown:ja');
    expect(r?.explanation?.whatHappened).toBe('what:takahashi.yui@gmial.com:見積書のご送付');
    // A domain typo is told as the mistyped domain, whatever Sisimai's reason (lib/explain/story.ts).
    expect(r?.reasonLabel).toBe('label:mistyped-domain:ja');
    expect(r?.story.tracker).toBe('flag');
    expect(r?.glossary.map((g) => g.term)).toEqual(['does not exist']);
    expect(r?.suggestion?.suggested).toBe('takahashi.yui@gmail.com');
    expect(r?.history?.totalBounces).toBe(2);
    expect(view.details.rows[0]?.status).toBe('5.1.1');
    expect(view.details.source?.route).toBe('download');
    expect(view.original?.attachments).toHaveLength(1);
  });

  it('offers no address fix when the bounce is not about the address', () => {
    const view = buildReportView(bounce([recipient({ reason: 'mailboxfull', severity: 'soft', status: '5.2.2' })]), 'ja', namingPort);
    expect(view.recipients[0]?.suggestion).toBeUndefined();
    expect(view.tone).toBe('soft');
  });

  it('puts the hard failures first', () => {
    const view = buildReportView(
      bounce([recipient({ recipient: 'a@example.org', severity: 'soft', reason: 'mailboxfull' }), recipient({ recipient: 'b@example.org' })]),
      'en',
      namingPort,
    );
    expect(view.recipients.map((r) => r.address)).toEqual(['b@example.org', 'a@example.org']);
    expect([view.hardCount, view.softCount]).toEqual([1, 1]);
  });

  it('leaves the recipients of a delay warning unexplained and uncounted as failures', () => {
    const view = buildReportView(bounce([recipient({ action: 'delayed', reason: 'expired', severity: 'soft', status: '4.4.7' })], { kind: 'delayed' }), 'ja', namingPort);
    expect([view.hardCount, view.softCount, view.pendingCount]).toEqual([0, 0, 1]);
    expect(view.recipients[0]?.explanation).toBeUndefined();
    expect(view.recipients[0]?.address).toBe('takahashi.yui@gmial.com');
    expect(view.summary.steps).toEqual(['report-step:delayed']);
  });

  it('keeps the cause of an unparsed report and the input it came from', () => {
    const view = buildReportView({ kind: 'unparsed', cause: 'not-a-mail', detail: 'html', input: 'raw' }, 'ja', namingPort);
    expect(view).toMatchObject({ kind: 'unparsed', tone: 'unknown', cause: 'not-a-mail', causeDetail: 'html', recipients: [] });
  });

  it('gives each kind its tone', () => {
    const notice = { subject: '', from: '', date: '', messageId: '' };
    expect(toneOf({ kind: 'not-bounce', notice, input: 'text' })).toBe('info');
    expect(toneOf({ kind: 'delayed', decoder: 'x', notice, recipients: [], input: 'raw' })).toBe('soft');
    expect(toneOf({ kind: 'auto-reply', decoder: 'x', notice, recipients: [], input: 'raw' })).toBe('info');
  });
});

describe('formatBytes', () => {
  it('uses B, KB and MB', () => {
    expect([formatBytes(900), formatBytes(2048), formatBytes(2_400_000)]).toEqual(['900 B', '2.0 KB', '2.3 MB']);
  });
});
