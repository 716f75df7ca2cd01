import type { BounceReport, ClassifiedReport, RecipientResult } from '@/lib/bounce/types';
import type { ExplainPort } from '@/lib/content/sidebar-model';
import { glanceOfSend } from '@/lib/explain/send';
import { storyOf } from '@/lib/explain/story';

/** A recipient result as the classifier gives it; fields overridable per test. */
export function recipient(overrides: Partial<RecipientResult> = {}): RecipientResult {
  const severity = overrides.severity ?? 'hard';
  return {
    recipient: 'takahashi.yui@gmial.com',
    action: 'failed',
    reason: 'userunknown',
    severity,
    hardbounce: severity === 'hard',
    status: '5.1.1',
    replyCode: '550',
    remoteMta: 'gmial-com.mx.example.net',
    command: 'RCPT',
    diagnosticCode: '550 5.1.1 The email account that you tried to reach does not exist.',
    decoder: 'gmail',
    evidence: { source: 'status-code', matched: '5.1.1', rule: 'status-table' },
    ...overrides,
  };
}

export function bounce(recipients: RecipientResult[], overrides: Partial<ClassifiedReport> = {}): BounceReport {
  return {
    kind: 'bounce',
    decoder: 'gmail',
    notice: { subject: 'Delivery Status Notification (Failure)', from: 'mailer-daemon@googlemail.com', date: '', messageId: '<dsn@example.com>' },
    recipients,
    input: 'raw',
    original: {
      messageId: '<orig@example.co.jp>',
      subject: '見積書のご送付',
      date: 'Wed, 11 Nov 2026 14:02:05 +0900',
      from: 'sato.kenji@example.co.jp',
      to: ['takahashi.yui@gmial.com'],
      size: 2_400_000,
      truncated: false,
      attachments: [{ filename: '見積書.pdf', mimeType: 'application/pdf', size: 2_300_000 }],
    },
    ...overrides,
  };
}

/** An explanation port whose answers name their inputs, so tests see what went where. */
export const namingPort: ExplainPort = {
  explainReport: (report, lang) => ({
    title: `report:${report.kind}:${lang}`,
    whatHappened: `summary:${report.kind === 'unparsed' ? report.cause : report.kind}`,
    actor: 'you',
    actorText: `report-actor:${lang}`,
    steps: report.kind === 'bounce' ? [] : [`report-step:${report.kind}`],
    resend: '',
    verdict: '',
  }),
  explainSuggestion: (suggestion) => `fixed:${suggestion.fixes.join(',')}`,
  explainRecipient: (result, lang, original) => ({
    title: `title:${result.reason}:${lang}`,
    whatHappened: `what:${result.recipient}:${original?.subject ?? ''}`,
    actor: 'you',
    actorText: `actor:${lang}`,
    steps: [`step1:${result.reason}`, `step2:${result.reason}`],
    resend: `resend:${result.severity}`,
    verdict: `verdict:${result.severity}`,
  }),
  reasonLabel: (reason, lang) => `label:${reason}:${lang}`,
  severityLabel: (severity, lang) => `severity:${severity}:${lang}`,
  verdictLabel: (verdict, lang) => `verdict:${verdict}:${lang}`,
  findGlossaryTerms: (text) => (text.includes('does not exist') ? [{ matched: 'does not exist', term: 'does not exist', meaning: '存在しません' }] : []),
  describeEvidence: (evidence, lang) => ({ decidedBy: `decided:${evidence.matched}:${lang}`, rule: `rule:${evidence.source}:${lang}`, ruleId: evidence.rule }),
  mailSystemName: (decoder) => `name:${decoder}`,
  // The real story (lib/explain/story.ts), with a naming typo engine: only @gmial.com is corrected.
  storyOf: (result) =>
    storyOf(
      result,
      (result.reason === 'userunknown' || result.reason === 'hostunknown') && result.recipient.endsWith('@gmial.com')
        ? { suggested: result.recipient.replace('@gmial.com', '@gmail.com'), fixes: ['domain'], domain: { from: 'gmial.com', to: 'gmail.com' } }
        : undefined,
    ),
  storyLabel: (story, lang) => `label:${story.text}:${lang}`,
  glanceOfSend,
};
