import type { BounceReport, RenderedMessage } from '@/lib/bounce/types';
import type { GuardWarning } from '@/lib/guard/types';
import type { ImportOutcome, ImportProblem } from '@/lib/tracker/exchange';
import type { RecipientHistoryView, TrackerSource } from '@/lib/tracker/model';
import type { RecordAnswer } from '@/lib/tracker/writer';
import type { FailedRecipient } from '@/lib/tracker/sending';
import type { Settings } from '@/lib/tracker/settings';
import type { BatchOutcome } from '@/lib/tracker/writer';

/**
 * Messages from content scripts, the popup and the options page to the background.
 * The background hands every mail to the classifier's workers (postal-mime and the rule tables
 * stay out of the webmail's page, and a mail too slow to read is stopped: lib/classifier-host)
 * and is the only writer of the tracker (one writer, nothing lost).
 *
 * Raw mail travels as base64: runtime messaging serialises to JSON in Chromium,
 * and a Uint8Array would not survive it; a decoded string would lose 8-bit charsets.
 */
export type ClassifyRequest =
  | { type: 'classify'; rawBase64: string }
  | { type: 'classify'; rendered: RenderedMessage };

/** Where a bounce was read. */
export type BounceSource = TrackerSource;

/**
 * Records a classified report in the tracker. `messageKey` identifies the bounce mail, so the
 * same bounce opened twice counts once. Failed recipients of a 'bounce' count; a 'delivered'
 * report ends soft runs; every other kind changes nothing (docs/tracker.md). `account` is the
 * address of the open webmail account (read by the adapter; absent when the page does not show
 * it): a bounce whose returned original another address sent is explained but not recorded.
 * Answers whose mail it was and the history of each recipient recorded.
 */
export interface RecordBounceRequest {
  type: 'record-bounce';
  messageKey: string;
  source: BounceSource;
  report: BounceReport;
  account?: string;
  /** The webmail account the bounce was read in (lib/webmail/compose.ts); checked before it is stored. */
  webmailAccount?: string;
}

/**
 * Records the bounces of one imported mailbox file at once (the options page's import): one
 * writer step, one write, so a file is recorded whole or not at all. Answers what changed.
 */
export interface RecordBouncesRequest {
  type: 'record-bounces';
  /** Each with whose mail it answers, as the page decided (lib/tracker/ownership.ts); not-ours ones are never sent. */
  bounces: readonly { messageKey: string; report: BounceReport; ownership: 'ours' | 'unknown' }[];
}

/** At most this many bounces per request (a file with more is sent in several). */
export const MAX_BOUNCES_PER_REQUEST = 5000;

export type { RecordAnswer } from '@/lib/tracker/writer';

/** The tracker's view of each recipient after recording, for the sidebar's history line. */
export interface RecipientHistory extends RecipientHistoryView {
  address: string;
  state: 'ok' | 'soft' | 'hard' | 'unflagged';
  totalBounces: number;
  /** The current run of consecutive soft bounces. */
  softRun: number;
}

/** The user vouches for an address (or resets its soft run). Answers whether it was tracked. */
export interface UnflagRecipientRequest {
  type: 'unflag-recipient';
  address: string;
}

/** Forgets one address. Answers whether it was tracked. */
export interface DeleteRecipientRequest {
  type: 'delete-recipient';
  address: string;
}

/** Forgets every address. Answers how many were removed. */
export interface ClearTrackerRequest {
  type: 'clear-tracker';
}

/** Imports an exported JSON file (its text). Checked as a whole before anything is stored. */
export interface ImportTrackerRequest {
  type: 'import-tracker';
  json: string;
}

export type ImportAnswer = { ok: true; outcome: ImportOutcome } | { ok: false; problem: ImportProblem };

/** Changes settings; a new threshold applies at once to stored soft runs. Answers the saved settings. */
export interface UpdateSettingsRequest {
  type: 'update-settings';
  settings: Partial<Settings>;
}

/** Recomputes the toolbar badge (the popup asks when it opens, as the 7-day window moves on). Answers the count. */
export interface RefreshBadgeRequest {
  type: 'refresh-badge';
}

/**
 * The pre-send guard's question for the recipients of one compose window: the background
 * answers a warning for each address that has one (lib/guard), nothing for the others. The
 * tracked list never leaves the background; the page learns only about the addresses it shows.
 */
export interface CheckRecipientsRequest {
  type: 'check-recipients';
  addresses: string[];
}

/** At most this many addresses per question (a compose window with more is a mailing list). */
export const MAX_CHECKED_ADDRESSES = 500;

/** The user says the "your sending" problem is fixed: the warning clears. Answers nothing useful. */
export interface ResolveSendingRequest {
  type: 'resolve-sending';
}

/**
 * The recipients of one sent mail (the returned original's Message-ID) that have bounced so far,
 * from every bounce recorded for it: the sidebar's "whole send at a glance".
 */
export interface SentMailFailuresRequest {
  type: 'sent-mail-failures';
  messageId: string;
}

export interface BackgroundProtocol {
  classify: { request: ClassifyRequest; response: BounceReport };
  'record-bounce': { request: RecordBounceRequest; response: RecordAnswer };
  'record-bounces': { request: RecordBouncesRequest; response: BatchOutcome };
  'unflag-recipient': { request: UnflagRecipientRequest; response: boolean };
  'delete-recipient': { request: DeleteRecipientRequest; response: boolean };
  'clear-tracker': { request: ClearTrackerRequest; response: number };
  'import-tracker': { request: ImportTrackerRequest; response: ImportAnswer };
  'update-settings': { request: UpdateSettingsRequest; response: Settings };
  'refresh-badge': { request: RefreshBadgeRequest; response: number };
  'resolve-sending': { request: ResolveSendingRequest; response: boolean };
  'sent-mail-failures': { request: SentMailFailuresRequest; response: FailedRecipient[] };
  'check-recipients': { request: CheckRecipientsRequest; response: GuardWarning[] };
}

export type BackgroundRequestType = keyof BackgroundProtocol;

export const BACKGROUND_REQUEST_TYPES: readonly BackgroundRequestType[] = [
  'classify',
  'record-bounce',
  'record-bounces',
  'unflag-recipient',
  'delete-recipient',
  'clear-tracker',
  'import-tracker',
  'update-settings',
  'refresh-badge',
  'resolve-sending',
  'sent-mail-failures',
  'check-recipients',
];

export type BackgroundRequest = BackgroundProtocol[keyof BackgroundProtocol]['request'];
export type ResponseOf<T extends BackgroundRequest['type']> = BackgroundProtocol[T]['response'];
