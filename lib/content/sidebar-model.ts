/**
 * What the sidebar shows, computed from the classifier's report, the explanations, the typo
 * check and the tracker's history. PURE: no DOM, no extension API, no React (ESLint enforces
 * it); the components only lay this out and add their own labels.
 */
import type {
  BounceReport,
  Evidence,
  OriginalMessage,
  ReasonId,
  RecipientResult,
  ReportKind,
  Severity,
  UnparsedCause,
} from '@/lib/bounce/types';
import type { SendGlance } from '@/lib/explain/send';
import { verdictOf, type RecipientStory, type Verdict } from '@/lib/explain/story';
import type { EvidenceDescription, Explanation, GlossaryMatch, RecipientExplainOptions, ReportExplainOptions } from '@/lib/explain/types';
import type { Lang } from '@/lib/i18n/lang';
import { isPlainOrIdnAddress, revealHidden, showAddress } from '@/lib/address/visible';
import type { RecipientHistoryView } from '@/lib/tracker/model';
import type { Ownership } from '@/lib/tracker/ownership';
import type { AddressSuggestion } from '@/lib/typo/types';

/** The explanation and typo functions the model needs (lib/explain and lib/typo provide them). */
export interface ExplainPort {
  explainReport(report: BounceReport, lang: Lang, options?: ReportExplainOptions): Explanation;
  explainRecipient(result: RecipientResult, lang: Lang, original?: OriginalMessage, options?: RecipientExplainOptions): Explanation;
  explainSuggestion(suggestion: AddressSuggestion, lang: Lang): string;
  reasonLabel(reason: ReasonId, lang: Lang): string;
  severityLabel(severity: Severity, lang: Lang): string;
  findGlossaryTerms(text: string, lang: Lang): readonly GlossaryMatch[];
  describeEvidence(evidence: Evidence, lang: Lang): EvidenceDescription;
  mailSystemName(decoder: string): string;
  /** The one story of a recipient (lib/explain/story.ts): text, verdict, actor, tracker effect, corrected address. */
  storyOf(result: RecipientResult): RecipientStory;
  storyLabel(story: RecipientStory, lang: Lang): string;
  /** The top of the sidebar in the chips' words: all hard, all soft, or 「宛先によって異なります」. */
  verdictLabel(verdict: Verdict, lang: Lang): string;
  /** The whole send at a glance (lib/explain/send.ts). */
  glanceOfSend(report: BounceReport, earlierFailed: readonly string[], lang: Lang): SendGlance | undefined;
}

/** The tracker's view of a recipient after this bounce was recorded. */
export type HistoryView = RecipientHistoryView;

/** How the mail was read: the raw source, or the webmail's rendered text and why. */
export interface SourceNote {
  route?: 'download' | 'show-original';
  failures: readonly { route: 'download' | 'show-original'; cause: string; detail: string }[];
}

/**
 * What the tracker did with this bounce (lib/tracker/writer.ts's answer): whose mail it answers,
 * how many recipients were past the per-bounce cap, and whether the stored list refused the write.
 */
export interface TrackingView {
  ownership: Ownership;
  skipped: number;
  refused?: 'newer' | 'unreadable';
}

/** Colour and weight of the verdict. */
export type Tone = 'hard' | 'soft' | 'info' | 'unknown';

export interface RecipientView {
  /** The address as shown: hidden characters (bidi, zero-width) written out, lib/address/visible.ts. */
  address: string;
  /** It held hidden characters: shown with a warning, never offered for copy, never recorded. */
  addressHidden: boolean;
  /** Sisimai's reason, as the classifier gave it (the story may tell it as another text). */
  reason: ReasonId;
  /** What the story decided (lib/explain/story.ts): the card's verdict and the tracker's treatment follow it. */
  story: RecipientStory;
  reasonLabel: string;
  severity: Severity;
  severityLabel: string;
  /**
   * What this recipient's failure means. Absent while delivery is still being retried (a
   * delayed report): the reason's text ("gave up", "resend later") would contradict the
   * report's own ("not a failure yet, do not resend"), which then speaks for all of them.
   */
  explanation?: Explanation;
  /** The remote server's words, the phrase the verdict rests on. */
  decisiveText: string;
  glossary: readonly GlossaryMatch[];
  suggestion?: AddressSuggestion;
  /** Why the corrected address is offered, in words. */
  suggestionText?: string;
  history?: HistoryView;
}

export interface TechnicalRow {
  address: string;
  status: string;
  replyCode: string;
  remoteMta: string;
  command: string;
  action: string;
  diagnosticCode: string;
  evidence: Evidence;
  /** The evidence in words: what decided and the kind of rule, the internal id kept apart. */
  why: EvidenceDescription;
}

export interface ReportViewModel {
  lang: Lang;
  kind: ReportKind;
  tone: Tone;
  /**
   * What the failed recipients come to (a bounce): read from their stories, so the top of the
   * sidebar says what the cards' chips say, in their words. Absent for other kinds.
   */
  verdict?: Verdict;
  /** The verdict in words (the badge). */
  verdictLabel?: string;
  /** The report as a whole: headline (title), what happened, who acts, and for non-bounces the steps. */
  summary: Explanation;
  /** Set for unparsed reports. */
  cause?: UnparsedCause;
  /** The unparsed report's short technical detail. */
  causeDetail?: string;
  hardCount: number;
  softCount: number;
  /** The whole send: how many it went to, which failed (this bounce and earlier ones), the others. */
  send?: SendGlance;
  /** Recipients the sending server is still retrying (a delayed report); counted in neither of the above. */
  pendingCount: number;
  recipients: readonly RecipientView[];
  details: {
    decoder: string;
    /** The decoder as a product or format name ("exim" → "Exim"); '' when none. */
    decoderName: string;
    input: 'raw' | 'text';
    source?: SourceNote;
    rows: readonly TechnicalRow[];
  };
  notice?: { subject: string; from: string; date: string };
  original?: OriginalMessage;
  /** Set once the tracker has answered (the sidebar), absent before and in the options page's preview. */
  tracking?: TrackingView;
}

/**
 * The report with every text a mail controls and the sidebar shows as an address or a quote
 * written out where it hides characters (lib/address/visible.ts): the recipients and the
 * server's words, the bounce's and the original's senders, recipients and subjects. The
 * explanations are built from this copy, so no hidden character reaches the sidebar through them.
 */
export function visibleReport<R extends BounceReport>(report: R): R {
  const notice = report.notice && { ...report.notice, from: revealHidden(report.notice.from), subject: revealHidden(report.notice.subject) };
  if (report.kind === 'not-bounce' || report.kind === 'unparsed') return notice ? { ...report, notice } : report;
  const original = report.original && {
    ...report.original,
    from: revealHidden(report.original.from),
    subject: revealHidden(report.original.subject),
    to: report.original.to.map(revealHidden),
  };
  return {
    ...report,
    notice,
    recipients: report.recipients.map((r) => ({ ...r, recipient: revealHidden(r.recipient), diagnosticCode: revealHidden(r.diagnosticCode) })),
    ...(original ? { original } : {}),
  };
}

export function toneOf(report: BounceReport, stories?: readonly RecipientStory[]): Tone {
  switch (report.kind) {
    case 'bounce':
      return (stories ?? report.recipients).some((r) => r.severity === 'hard') ? 'hard' : 'soft';
    case 'delayed':
      return 'soft';
    case 'unparsed':
      return 'unknown';
    default:
      return 'info';
  }
}

function recipientView(
  result: RecipientResult,
  story: RecipientStory,
  lang: Lang,
  port: ExplainPort,
  original: OriginalMessage | undefined,
  histories: readonly HistoryView[],
  options: ReportExplainOptions,
  pending: boolean,
): RecipientView {
  const address = result.recipient.toLowerCase();
  const shown = showAddress(result.recipient);
  // A correction is offered (and copied) only for an address that hides nothing, and only when it
  // is plain ASCII or a valid IDN itself.
  const offered = shown.hidden ? undefined : story.suggestion;
  const suggestion = offered && isPlainOrIdnAddress(offered.suggested) ? offered : undefined;
  const severity = story.severity ?? result.severity;
  return {
    address: shown.text,
    addressHidden: shown.hidden,
    reason: result.reason,
    story,
    reasonLabel: port.storyLabel(story, lang),
    severity,
    severityLabel: port.severityLabel(severity, lang),
    explanation: pending ? undefined : port.explainRecipient(result, lang, original, { ...options, story }),
    decisiveText: result.diagnosticCode,
    glossary: result.diagnosticCode ? port.findGlossaryTerms(result.diagnosticCode, lang) : [],
    suggestion,
    suggestionText: suggestion ? port.explainSuggestion(suggestion, lang) : undefined,
    history: histories.find((h) => h.address.toLowerCase() === address),
  };
}

const severityOrder: Record<Severity, number> = { hard: 0, soft: 1 };

/** Joins everything the sidebar shows for one report. Never throws on a well-typed report. */
export function buildReportView(
  received: BounceReport,
  lang: Lang,
  port: ExplainPort,
  extra: {
    histories?: readonly HistoryView[];
    source?: SourceNote;
    softBounceLimit?: number;
    tracking?: TrackingView;
    earlierFailed?: readonly string[];
  } = {},
): ReportViewModel {
  // Everything below reads the written-out copy: nothing hidden reaches the view.
  const report = visibleReport(received);
  const histories = extra.histories ?? [];
  const options: ReportExplainOptions = { softBounceLimit: extra.softBounceLimit };
  const summary = port.explainReport(report, lang, options);
  if (report.kind === 'not-bounce' || report.kind === 'unparsed') {
    return {
      lang,
      kind: report.kind,
      tone: toneOf(report),
      summary,
      cause: report.kind === 'unparsed' ? report.cause : undefined,
      causeDetail: report.kind === 'unparsed' ? report.detail : undefined,
      hardCount: 0,
      softCount: 0,
      pendingCount: 0,
      recipients: [],
      details: { decoder: '', decoderName: '', input: report.input, source: extra.source, rows: [] },
      notice: report.notice,
      ...(extra.tracking ? { tracking: extra.tracking } : {}),
    };
  }
  const told = report.recipients.map((result) => ({ result, story: port.storyOf(result) }));
  const severityOf = (entry: (typeof told)[number]): Severity => entry.story.severity ?? entry.result.severity;
  const sortedTold = [...told].sort((a, b) => severityOrder[severityOf(a)] - severityOrder[severityOf(b)]);
  const sorted = sortedTold.map((entry) => entry.result);
  const pending = report.kind === 'delayed';
  const failed = pending ? [] : sortedTold;
  const verdict = report.kind === 'bounce' ? verdictOf(told.map((entry) => ({ severity: severityOf(entry) }))) : undefined;
  return {
    lang,
    kind: report.kind,
    tone: toneOf(report, told.map((entry) => entry.story)),
    ...(verdict ? { verdict, verdictLabel: port.verdictLabel(verdict, lang) } : {}),
    summary,
    hardCount: failed.filter((entry) => severityOf(entry) === 'hard').length,
    softCount: failed.filter((entry) => severityOf(entry) === 'soft').length,
    pendingCount: pending ? sorted.length : 0,
    send: port.glanceOfSend(report, extra.earlierFailed ?? [], lang),
    recipients: sortedTold.map(({ result, story }) => recipientView(result, story, lang, port, report.original, histories, options, pending)),
    details: {
      decoder: report.decoder,
      decoderName: report.decoder ? port.mailSystemName(report.decoder) : '',
      input: report.input,
      source: extra.source,
      rows: sorted.map((r) => ({
        address: r.recipient,
        status: r.status,
        replyCode: r.replyCode,
        remoteMta: r.remoteMta,
        command: r.command,
        action: r.action,
        diagnosticCode: r.diagnosticCode,
        evidence: r.evidence,
        why: port.describeEvidence(r.evidence, lang),
      })),
    },
    notice: report.notice,
    original: report.original,
    ...(extra.tracking ? { tracking: extra.tracking } : {}),
  };
}

/** Formats a byte count the way the sidebar shows sizes ("1.2 MB"). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
