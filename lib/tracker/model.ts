import { concernOf } from '@/lib/bounce/reasons/concerns';
import type { BounceReport, ReasonId, RecipientResult, Severity } from '@/lib/bounce/types';
import { hasHiddenCharacters, revealHidden } from '@/lib/address/visible';
import type { TrackerEffect } from '@/lib/explain/story';
import { bounceKeys } from './keys';
import { pruneToCap } from './prune';

// The bounced-recipient tracker's rules, as pure functions over a list of recipients.
// Rules (docs/tracker.md): a hard bounce flags the address at once; soft bounces extend a run,
// and N in a row (default 5, the Zoho Desk/CRM rule in ../shared/seeds and anchors.md §2) flag
// it hard; a delivered report or the user's reset ends the run. Delay warnings, auto-replies
// and complaint reports are not bounces (Sisimai: delivered/vacation/feedback are neither hard
// nor soft). Nothing here touches storage: lib/tracker/writer.ts applies these in one queue.

/** ok: tracked, no open problem. soft: a run of soft bounces. hard: flagged. unflagged: the user vouched for it. */
export type TrackerState = 'ok' | 'soft' | 'hard' | 'unflagged';

/** Where the bounce was read. */
export type TrackerSource = 'gmail' | 'outlook' | 'manual';

export const TRACKER_SOURCES: readonly TrackerSource[] = ['gmail', 'outlook', 'manual'];
export const TRACKER_STATES: readonly TrackerState[] = ['ok', 'soft', 'hard', 'unflagged'];

/** What flagged an address hard: one hard bounce, or a run of soft ones reaching the threshold. */
export type HardCause = 'hard-bounce' | 'soft-run';

/** One recipient the user's mail bounced from. Dates are epoch milliseconds. */
export interface TrackedRecipient {
  /** The address: domain lowercased, local part as written (RFC 5321 §2.4: it may be case-sensitive). */
  address: string;
  state: TrackerState;
  /** Date of the earliest and of the latest counted bounce (the bounce mail's Date, else when recorded). */
  firstSeen: number;
  lastSeen: number;
  /** When the address was last flagged hard (the date of the bounce that flagged it). */
  flaggedAt?: number;
  hardCause?: HardCause;
  totalBounces: number;
  /** Consecutive soft bounces since the last hard bounce, delivered report or user reset. */
  softRun: number;
  /** The latest bounce's reason, severity, enhanced status code and diagnostic (one line, bounded). */
  lastReason: ReasonId;
  lastSeverity: Severity;
  lastStatus: string;
  lastDiagnostic: string;
  /** A corrected address from lib/typo, when the bounce points at a typo. */
  suggested?: string;
  source: TrackerSource;
  /**
   * The webmail account the latest bounce was read in (lib/webmail/compose.ts's
   * isWebmailAccount, e.g. "https://mail.google.com/mail/u/1/"): the popup's "resend" opens the
   * compose window there. Absent for bounces checked by hand or imported from a file.
   */
  webmailAccount?: string;
  /** Hashed keys of the latest counted bounce mails (lib/tracker/keys.ts), oldest first: the same bounce opened twice counts once. */
  messageKeys: string[];
  /**
   * Present (true) while every bounce counted for the address was unverified: nothing of the
   * original came back, so nothing showed the user had sent it (ownership.ts). Such entries are
   * pruned before any verified one. A verified bounce removes the mark.
   */
  unverified?: true;
}

/**
 * Whether a bounce is known to answer a mail the user sent (ownership.ts decides): 'verified'
 * when the returned original was sent from one of the user's addresses, 'unverified' when
 * nothing of the original came back. A bounce whose original was sent by someone else is not
 * recorded at all.
 */
export type BounceTrust = 'verified' | 'unverified';

/** The tracker's answer for each recipient of a recorded report (the sidebar's history line). */
export interface RecipientHistoryView {
  address: string;
  state: TrackerState;
  totalBounces: number;
  softRun: number;
}

/** Bounce keys kept per recipient for de-duplication (up to two per bounce: reader's key and Message-ID). */
export const MESSAGE_KEYS_KEPT = 12;
/**
 * Most recipients one bounce mail may add or change. A DSN reports the recipients of one
 * delivery attempt by one server: real ones list one to a few (the 376 mails of ../shared/corpus
 * list at most 4 failed recipients per bounce, 7 in one complaint report: labels.jsonl).
 * 50 leaves room for a mail to a whole team at one domain, and bounds what one forged bounce can do:
 * 1,000 listed addresses become 50 at most, and unverified ones cannot evict verified entries.
 */
export const MAX_RECIPIENTS_PER_BOUNCE = 50;
export const MAX_DIAGNOSTIC_LENGTH = 300;
export const MAX_STATUS_LENGTH = 16;
/** RFC 5321 §4.5.3.1.3: a path is at most 256 octets including the angle brackets. */
export const MAX_ADDRESS_LENGTH = 254;

export const DEFAULT_SOFT_TO_HARD_THRESHOLD = 5;
export const MIN_SOFT_TO_HARD_THRESHOLD = 1;
export const MAX_SOFT_TO_HARD_THRESHOLD = 20;

const DAY_MS = 24 * 60 * 60 * 1000;
/** The badge counts recipients flagged hard within this window. */
export const BADGE_WINDOW_MS = 7 * DAY_MS;

/** A threshold as given by a user or a file, made valid: an integer within the allowed range. */
export function clampThreshold(value: number): number {
  if (!Number.isFinite(value)) return DEFAULT_SOFT_TO_HARD_THRESHOLD;
  return Math.min(MAX_SOFT_TO_HARD_THRESHOLD, Math.max(MIN_SOFT_TO_HARD_THRESHOLD, Math.round(value)));
}

/**
 * The tracker's spelling of an address: angle brackets, an `rfc822;` type prefix (RFC 3464 §2.3.2)
 * and surrounding spaces removed, the domain lowercased (RFC 5321 §2.4), the local part kept.
 * Undefined when it is not an address (no local part, no domain, spaces inside, too long).
 */
export function normalizeAddress(raw: string): string | undefined {
  const trimmed = raw
    .trim()
    .replace(/^rfc822\s*;\s*/i, '')
    .replace(/^<(.*)>$/, '$1')
    .trim();
  const at = trimmed.lastIndexOf('@');
  if (at <= 0 || at === trimmed.length - 1 || trimmed.length > MAX_ADDRESS_LENGTH) return undefined;
  // No spaces, controls, bidi or zero-width characters (lib/address/visible.ts): an address that
  // could show as another one is never stored, exported or offered for copy.
  if (/\s/.test(trimmed) || hasHiddenCharacters(trimmed)) return undefined;
  return `${trimmed.slice(0, at)}@${trimmed.slice(at + 1).toLowerCase()}`;
}

/**
 * One line of plain text: control characters and runs of spaces become one space, and bidi or
 * zero-width characters are written out (the server's words come from the bounce, anyone's text).
 */
function oneLine(text: string, max: number): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
  const line = revealHidden(text.replace(/[\s\u0000-\u001f\u007f]+/g, ' ').trim());
  return line.length <= max ? line : `${line.slice(0, max - 1)}…`;
}

/**
 * The date a report happened: its Date header when it parses and is not in the future,
 * else the moment it is recorded (a mail from the future is a clock error, not news).
 */
export function reportDate(report: BounceReport, now: number): number {
  const parsed = report.notice ? Date.parse(report.notice.date) : Number.NaN;
  return Number.isFinite(parsed) && parsed <= now ? parsed : now;
}

/** How one recipient line of a report counts for the tracker. */
type RecipientOutcome = 'hard' | 'soft' | 'delivered' | 'ignored';

/**
 * What the tracker does with one failed recipient (lib/explain/story.ts decides it from the
 * evidence; the writer passes that decision in).
 */
export type TreatRecipient = (recipient: RecipientResult) => TrackerEffect;

/**
 * The treatment by the reason's concern alone (lib/bounce/reasons/concerns.ts), for callers
 * without the story: only the address and the path count against an address; a message-side
 * bounce (five too-large mails to one person) and a sender-side one (our IP on a block list)
 * never do.
 */
export const treatByConcern: TreatRecipient = (recipient) => {
  switch (concernOf(recipient.reason)) {
    case 'address':
    case 'path':
    case 'undecided':
      return recipient.severity === 'hard' ? 'flag' : 'count';
    case 'sender':
      return 'sender';
    default:
      return 'none';
  }
};

/**
 * Per recipient, because one DSN may mix outcomes (RFC 3464 §2.3.3 Action per recipient).
 * Only failed recipients of a 'bounce' report count as bounces; 'delayed' is a warning that the
 * server still retries, and vacation/feedback are not delivery failures (Sisimai's hard/soft rule).
 * A failed recipient counts as its story says: flagged at once, one more soft bounce, or not at
 * all (sender-side bounces go to the "your sending" state instead).
 */
function outcomeOf(report: BounceReport, recipient: RecipientResult, treat: TreatRecipient): RecipientOutcome {
  if (report.kind === 'delivered' || recipient.action === 'delivered' || recipient.reason === 'delivered') {
    return report.kind === 'bounce' || report.kind === 'delivered' ? 'delivered' : 'ignored';
  }
  if (report.kind !== 'bounce') return 'ignored';
  if (recipient.action === 'delayed' || recipient.reason === 'vacation' || recipient.reason === 'feedback') return 'ignored';
  switch (treat(recipient)) {
    case 'flag':
      return 'hard';
    case 'count':
      return 'soft';
    default:
      return 'ignored';
  }
}

/** Suggests a corrected address for a bounced one (lib/typo's suggestAddress, injected to keep this testable). */
export type SuggestCorrection = (address: string, recipient: RecipientResult) => string | undefined;

export interface RecordOptions {
  now: number;
  softToHardThreshold: number;
  suggest?: SuggestCorrection;
  /** The story's treatment of each failed recipient; by the reason's concern when absent. */
  treat?: TreatRecipient;
}

export interface RecordEvent {
  messageKey: string;
  source: TrackerSource;
  report: BounceReport;
  /** 'verified' when absent (the options page's manual check: the user pasted their own bounce). */
  trust?: BounceTrust;
  /** The webmail account the bounce was read in, already checked (isWebmailAccount). */
  webmailAccount?: string;
}

export interface RecordResult {
  recipients: TrackedRecipient[];
  /** One entry per distinct trackable recipient of the report, in report order (at most MAX_RECIPIENTS_PER_BOUNCE). */
  histories: RecipientHistoryView[];
  changed: boolean;
  /** Distinct recipients past MAX_RECIPIENTS_PER_BOUNCE, not recorded. */
  skipped: number;
}

export function historyOf(entry: TrackedRecipient | undefined, address: string): RecipientHistoryView {
  return entry
    ? { address, state: entry.state, totalBounces: entry.totalBounces, softRun: entry.softRun }
    : { address, state: 'ok', totalBounces: 0, softRun: 0 };
}

function applyBounce(
  previous: TrackedRecipient | undefined,
  address: string,
  recipient: RecipientResult,
  severity: Severity,
  keys: readonly string[],
  date: number,
  event: RecordEvent,
  options: RecordOptions,
): TrackedRecipient {
  const threshold = clampThreshold(options.softToHardThreshold);
  const base: TrackedRecipient = previous ?? {
    address,
    state: 'ok',
    firstSeen: date,
    lastSeen: date,
    totalBounces: 0,
    softRun: 0,
    lastReason: recipient.reason,
    lastSeverity: severity,
    lastStatus: '',
    lastDiagnostic: '',
    source: event.source,
    messageKeys: [],
    ...(event.trust === 'unverified' ? { unverified: true as const } : {}),
  };
  const next: TrackedRecipient = {
    ...base,
    totalBounces: base.totalBounces + 1,
    firstSeen: Math.min(base.firstSeen, date),
    lastSeen: Math.max(base.lastSeen, date),
    messageKeys: [...base.messageKeys, ...keys].slice(-MESSAGE_KEYS_KEPT),
  };
  if (event.trust !== 'unverified') delete next.unverified;
  // The "last" fields describe the newest bounce by date: opening an older bounce later
  // must not make a stale reason look current.
  if (date >= base.lastSeen || !previous) {
    next.lastReason = recipient.reason;
    next.lastSeverity = severity;
    next.lastStatus = oneLine(recipient.status, MAX_STATUS_LENGTH);
    next.lastDiagnostic = oneLine(recipient.diagnosticCode, MAX_DIAGNOSTIC_LENGTH);
    next.source = event.source;
    // The account follows the newest bounce read in a webmail; a hand check or a file keeps it.
    if (event.webmailAccount) next.webmailAccount = event.webmailAccount;
    const suggested = options.suggest?.(address, recipient);
    if (suggested && suggested !== address) next.suggested = suggested;
    else delete next.suggested;
  }
  if (severity === 'hard') {
    next.softRun = 0;
    if (base.state !== 'hard') {
      next.state = 'hard';
      next.flaggedAt = date;
      next.hardCause = 'hard-bounce';
    }
    return next;
  }
  next.softRun = base.softRun + 1;
  if (base.state === 'hard') return next;
  if (next.softRun >= threshold) {
    next.state = 'hard';
    next.flaggedAt = date;
    next.hardCause = 'soft-run';
  } else {
    next.state = 'soft';
  }
  return next;
}

/** A delivered report ends the run, unless it is older than the latest bounce. A hard flag stays: only the user lifts it. */
function applyDelivered(previous: TrackedRecipient, date: number): TrackedRecipient | undefined {
  if (date < previous.lastSeen || (previous.softRun === 0 && previous.state !== 'soft')) return undefined;
  return { ...previous, softRun: 0, state: previous.state === 'soft' ? 'ok' : previous.state };
}

/**
 * Records one classified report. Each failed recipient of a bounce counts once per bounce mail
 * (its messageKey); delivered reports end runs; everything else changes nothing. The result is
 * pruned to MAX_TRACKED_RECIPIENTS (prune.ts).
 */
export function recordReport(list: readonly TrackedRecipient[], event: RecordEvent, options: RecordOptions): RecordResult {
  if (event.report.kind === 'not-bounce' || event.report.kind === 'unparsed') {
    return { recipients: [...list], histories: [], changed: false, skipped: 0 };
  }
  const report = event.report;
  const byAddress = new Map(list.map((entry) => [entry.address, entry] as const));
  const keys = bounceKeys(event.messageKey, report.notice.messageId);
  const date = reportDate(report, options.now);
  const order: string[] = [];
  const seen = new Set<string>();
  const accepted = new Set<string>();
  let skipped = 0;
  let changed = false;
  for (const recipient of report.recipients) {
    const address = normalizeAddress(recipient.recipient);
    if (!address) continue;
    if (!seen.has(address)) {
      seen.add(address);
      // The cap counts distinct addresses: a forged bounce listing 1,000 touches 50 at most.
      if (order.length >= MAX_RECIPIENTS_PER_BOUNCE) {
        skipped += 1;
        continue;
      }
      order.push(address);
      accepted.add(address);
    } else if (!accepted.has(address)) continue;
    const previous = byAddress.get(address);
    const outcome = outcomeOf(report, recipient, options.treat ?? treatByConcern);
    if (outcome === 'ignored') continue;
    if (outcome === 'delivered') {
      const updated = previous && applyDelivered(previous, date);
      if (updated) {
        byAddress.set(address, updated);
        changed = true;
      }
      continue;
    }
    if (previous && keys.some((key) => previous.messageKeys.includes(key))) continue;
    byAddress.set(address, applyBounce(previous, address, recipient, outcome, keys, date, event, options));
    changed = true;
  }
  const recipients = changed ? pruneToCap([...byAddress.values()]) : [...list];
  const kept = new Map(recipients.map((entry) => [entry.address, entry] as const));
  return { recipients, histories: order.map((address) => historyOf(kept.get(address), address)), changed, skipped };
}

/** The user vouches for an address (or resets its run): the flag and the run are cleared, the history kept. */
export function unflagRecipient(list: readonly TrackedRecipient[], address: string): TrackedRecipient[] {
  return list.map((entry) => {
    if (entry.address !== address) return entry;
    const { flaggedAt: _flaggedAt, hardCause: _hardCause, ...rest } = entry;
    return { ...rest, state: 'unflagged', softRun: 0 };
  });
}

export function deleteRecipient(list: readonly TrackedRecipient[], address: string): TrackedRecipient[] {
  return list.filter((entry) => entry.address !== address);
}

/**
 * A new threshold applies at once: a soft run that already reaches it becomes a hard flag,
 * dated by the bounce that completed the run. A raised threshold lifts no flag (the user does).
 */
export function applyThreshold(list: readonly TrackedRecipient[], threshold: number): TrackedRecipient[] {
  const limit = clampThreshold(threshold);
  return list.map((entry) =>
    entry.state === 'soft' && entry.softRun >= limit
      ? { ...entry, state: 'hard', flaggedAt: entry.lastSeen, hardCause: 'soft-run' }
      : entry,
  );
}
