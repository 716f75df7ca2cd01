import type { BounceReport, ClassifiedReport, OriginalMessage, ReasonId, RecipientResult, Severity } from '@/lib/bounce/types';

// Builders for classified reports, shaped as lib/bounce returns them (lib/bounce/types.ts).
// Addresses are anonymised (example.jp, example.co.jp, example.com).

export interface RecipientSpec {
  recipient: string;
  severity?: Severity;
  reason?: ReasonId;
  action?: string;
  status?: string;
  diagnosticCode?: string;
}

export function recipientResult(spec: RecipientSpec): RecipientResult {
  const severity = spec.severity ?? 'hard';
  const reason = spec.reason ?? (severity === 'hard' ? 'userunknown' : 'mailboxfull');
  const status = spec.status ?? (severity === 'hard' ? '5.1.1' : '4.2.2');
  return {
    recipient: spec.recipient,
    action: spec.action ?? 'failed',
    reason,
    severity,
    hardbounce: severity === 'hard',
    status,
    replyCode: status.startsWith('5') ? '550' : '452',
    remoteMta: 'mx.example.jp',
    command: 'RCPT',
    diagnosticCode: spec.diagnosticCode ?? `smtp; ${status.startsWith('5') ? '550' : '452'} ${status} test`,
    decoder: 'rfc3464',
    evidence: { source: 'status-code', matched: status, rule: 'status-table' },
  };
}

let bounceCount = 0;

/** Each built report is a different bounce mail (its own Message-ID) unless one is given. */
export function report(
  recipients: readonly RecipientSpec[],
  options: { kind?: ClassifiedReport['kind']; date?: string; messageId?: string; original?: OriginalMessage } = {},
): BounceReport {
  return {
    kind: options.kind ?? 'bounce',
    decoder: 'rfc3464',
    notice: {
      subject: 'Undelivered Mail Returned to Sender',
      from: 'MAILER-DAEMON@mx.example.co.jp',
      date: options.date ?? '',
      messageId: options.messageId ?? `<bounce-${++bounceCount}@mx.example.co.jp>`,
    },
    recipients: recipients.map(recipientResult),
    ...(options.original ? { original: options.original } : {}),
    input: 'raw',
  };
}

/** The returned original as lib/bounce describes it (headers came back), sent by `from`. */
export function originalFrom(from: string, extra: Partial<OriginalMessage> = {}): OriginalMessage {
  return {
    messageId: '<original-1@mail.example.jp>',
    subject: '見積書の送付',
    date: 'Thu, 19 Nov 2026 10:00:00 +0900',
    from,
    to: [],
    truncated: true,
    attachments: [],
    ...extra,
  };
}

/** A bounce listing `count` failed recipients at example.com, with `original` (or none). */
export function manyRecipients(count: number, original?: OriginalMessage, prefix = 'victim'): BounceReport {
  return report(
    Array.from({ length: count }, (_, i) => ({ recipient: `${prefix}${i}@example.com` })),
    original ? { original } : {},
  );
}

export const hard = (recipient: string, extra: Partial<RecipientSpec> = {}): BounceReport =>
  report([{ recipient, severity: 'hard', ...extra }]);
export const soft = (recipient: string, extra: Partial<RecipientSpec> = {}): BounceReport =>
  report([{ recipient, severity: 'soft', ...extra }]);
