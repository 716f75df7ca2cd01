import type { ReasonId } from './reasons/taxonomy';

export type { ReasonId } from './reasons/taxonomy';

/** Sisimai's split: hard means the address will not receive mail again as it is. */
export type Severity = 'hard' | 'soft';

/**
 * What a message turned out to be.
 * - bounce: at least one recipient failed for good (a non-delivery report).
 * - delayed: a 4xx "still retrying" warning; the server goes on trying by itself.
 * - delivered: a DSN that reports success.
 * - auto-reply: a vacation or out-of-office answer (RFC 3834), not a failure.
 * - feedback: an ARF complaint report (RFC 5965), not a failure.
 * - not-bounce: an ordinary message.
 * - unparsed: we could not decide; `cause` says why.
 */
export type ReportKind =
  | 'bounce'
  | 'delayed'
  | 'delivered'
  | 'auto-reply'
  | 'feedback'
  | 'not-bounce'
  | 'unparsed';

export const REPORT_KINDS: readonly ReportKind[] = [
  'bounce',
  'delayed',
  'delivered',
  'auto-reply',
  'feedback',
  'not-bounce',
  'unparsed',
];

/** Why a message could not be classified. Each cause has its own explanation text. */
export type UnparsedCause =
  | 'empty' // nothing to read
  | 'too-large' // over MAX_INPUT_BYTES
  | 'too-deep' // MIME nesting over MAX_MIME_DEPTH
  | 'too-many-parts' // MIME parts over MAX_MIME_PARTS
  | 'too-many-headers' // header fields over MAX_HEADER_FIELDS
  | 'too-slow' // over MAX_CLASSIFY_MS
  | 'not-a-mail' // HTML (a login page, an error page) where a mail was expected
  | 'broken-mime' // the parser gave up
  | 'no-recipient'; // it looks like a bounce, but no failed recipient could be found

/** Which part of the bounce decided the reason: shown to users who ask "why?". */
export type EvidenceSource =
  | 'status-code' // the RFC 3463 enhanced status code (e.g. 5.1.1)
  | 'reply-code' // the SMTP reply code alone (e.g. 552)
  | 'phrase' // a phrase in the diagnostic text
  | 'remote-host' // a provider's own wording or codes (Google, Microsoft, docomo, ...)
  | 'decoder' // the MTA decoder's own table
  | 'kind'; // the kind of report (delivered, auto-reply, feedback)

export interface Evidence {
  source: EvidenceSource;
  /** The code or the phrase as it appears in the bounce, e.g. "5.1.1" or "user unknown". */
  matched: string;
  /** The rule or table that matched, e.g. "reasons/userunknown", "rhost/nttdocomo". */
  rule: string;
}

export interface RecipientResult {
  /** The failed address as the bounce gives it (domain lowercased). */
  recipient: string;
  /** DSN Action: failed, delayed, delivered, relayed, expanded; '' when unknown. */
  action: string;
  reason: ReasonId;
  severity: Severity;
  /** Same as severity === 'hard'; Sisimai's field name, kept for the CLI and the evaluation. */
  hardbounce: boolean;
  /** RFC 3463 enhanced status code, e.g. "5.1.1"; '' when the bounce carries none. */
  status: string;
  /** SMTP reply code, e.g. "550"; '' when none. */
  replyCode: string;
  /** The remote server that answered, when known. */
  remoteMta: string;
  /** SMTP command at which the delivery failed: CONN, HELO, EHLO, MAIL, RCPT, DATA, ...; '' when unknown. */
  command: string;
  /** The remote server's own words (Diagnostic-Code or the matching text), one line. */
  diagnosticCode: string;
  /** The decoder (MTA family) that read this recipient. */
  decoder: string;
  evidence: Evidence;
}

export interface AttachmentInfo {
  filename: string;
  mimeType: string;
  /** Decoded size in bytes, when the attachment came back whole. */
  size?: number;
}

/** What is known of the message that failed. */
export interface OriginalMessage {
  messageId: string;
  subject: string;
  date: string;
  from: string;
  /** The Sender and Return-Path addresses of the original, when it names them (lib/tracker/ownership.ts reads them). */
  sender?: string;
  returnPath?: string;
  to: readonly string[];
  /** Size in bytes of the original as returned, when it came back whole. */
  size?: number;
  /** True when only headers, or a truncated copy, came back. */
  truncated: boolean;
  attachments: readonly AttachmentInfo[];
  /**
   * Its plain text when it came back with a body (at most MAX_ORIGINAL_TEXT_CHARS): quoted in the
   * draft of "resend to the corrected address". Never stored by the tracker.
   */
  text?: string;
}

/** The bounce mail itself. */
export interface NoticeHeader {
  subject: string;
  from: string;
  date: string;
  messageId: string;
}

export interface ClassifiedReport {
  kind: 'bounce' | 'delayed' | 'delivered' | 'auto-reply' | 'feedback';
  /** The decoder that claimed the mail. */
  decoder: string;
  notice: NoticeHeader;
  recipients: readonly RecipientResult[];
  original?: OriginalMessage;
  /** 'raw' when classified from the RFC 822 source, 'text' from a webmail's rendered text. */
  input: 'raw' | 'text';
}

export interface NotBounceReport {
  kind: 'not-bounce';
  notice: NoticeHeader;
  input: 'raw' | 'text';
}

export interface UnparsedReport {
  kind: 'unparsed';
  cause: UnparsedCause;
  /** A short technical detail for the "why" section (never the mail's content). */
  detail: string;
  notice?: NoticeHeader;
  input: 'raw' | 'text';
}

export type BounceReport = ClassifiedReport | NotBounceReport | UnparsedReport;

/** What a webmail shows when the raw source is out of reach (Outlook on the web). */
export interface RenderedMessage {
  subject: string;
  from: string;
  body: string;
  date?: string;
}

export type ClassifyInput = string | Uint8Array | ArrayBuffer | RenderedMessage;
