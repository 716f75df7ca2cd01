import type { ReasonId } from '@/lib/bounce/types';
import { toReasonId } from '@/lib/bounce/reasons/taxonomy';
import {
  MAX_DIAGNOSTIC_LENGTH,
  MAX_STATUS_LENGTH,
  MESSAGE_KEYS_KEPT,
  normalizeAddress,
  TRACKER_SOURCES,
  TRACKER_STATES,
  type TrackedRecipient,
  type TrackerSource,
  type TrackerState,
} from './model';
import { isPlainOrIdnAddress } from '@/lib/address/visible';
import { STORED_KEY_PATTERN } from './keys';
import type { TrackerDigest } from './summary';
import { isWebmailAccount } from '@/lib/tracker/webmail-account';

// Checks that a value is a TrackedRecipient, field by field. Used on what storage returns (where
// dates are epoch milliseconds) and, strictly, on imported files (where dates are ISO 8601).
// Pure: no browser API.

/** Where a value failed the check: the field name, for the import error message. */
export interface FieldProblem {
  field: keyof TrackedRecipient | 'entry';
}

/**
 * 'import': a file from anywhere, checked strictly (dates as ISO 8601, the address exactly as
 * the tracker spells it). 'stored': what our own writer stored (epoch dates), checked for shape
 * only, since the popup reads 10,000 of them before its first paint.
 */
export type CheckMode = 'import' | 'stored';

type Raw = Record<string, unknown>;

function readDate(value: unknown, mode: CheckMode): number | undefined {
  if (mode === 'stored') return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined;
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}T/.test(value)) return undefined;
  const parsed = Date.parse(value);
  return Number.isFinite(parsed) && parsed >= 0 ? parsed : undefined;
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

function boundedString(value: unknown, max: number): value is string {
  return typeof value === 'string' && value.length <= max;
}

/** A checked recipient, or the first field that is wrong. */
export function checkRecipient(value: unknown, mode: CheckMode): TrackedRecipient | FieldProblem {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { field: 'entry' };
  const raw = value as Raw;
  const address = typeof raw.address !== 'string' ? undefined : mode === 'import' ? normalizeAddress(raw.address) : raw.address;
  if (!address || address !== raw.address || !address.includes('@')) return { field: 'address' };
  if (!TRACKER_STATES.includes(raw.state as TrackerState)) return { field: 'state' };
  const firstSeen = readDate(raw.firstSeen, mode);
  if (firstSeen === undefined) return { field: 'firstSeen' };
  const lastSeen = readDate(raw.lastSeen, mode);
  if (lastSeen === undefined || lastSeen < firstSeen) return { field: 'lastSeen' };
  const flaggedAt = raw.flaggedAt === undefined || raw.flaggedAt === null ? undefined : readDate(raw.flaggedAt, mode);
  if (flaggedAt === undefined && raw.flaggedAt !== undefined && raw.flaggedAt !== null) return { field: 'flaggedAt' };
  const hardCause = raw.hardCause ?? undefined;
  if (hardCause !== undefined && hardCause !== 'hard-bounce' && hardCause !== 'soft-run') return { field: 'hardCause' };
  if (!isCount(raw.totalBounces)) return { field: 'totalBounces' };
  if (!isCount(raw.softRun) || raw.softRun > raw.totalBounces) return { field: 'softRun' };
  const lastReason: ReasonId | undefined = typeof raw.lastReason === 'string' ? toReasonId(raw.lastReason) : undefined;
  if (!lastReason) return { field: 'lastReason' };
  if (raw.lastSeverity !== 'hard' && raw.lastSeverity !== 'soft') return { field: 'lastSeverity' };
  if (!boundedString(raw.lastStatus, MAX_STATUS_LENGTH)) return { field: 'lastStatus' };
  if (!boundedString(raw.lastDiagnostic, MAX_DIAGNOSTIC_LENGTH)) return { field: 'lastDiagnostic' };
  const suggested = raw.suggested ?? undefined;
  if (
    suggested !== undefined &&
    (typeof suggested !== 'string' || (mode === 'import' && (normalizeAddress(suggested) !== suggested || !isPlainOrIdnAddress(suggested))))
  ) {
    return { field: 'suggested' };
  }
  if (!TRACKER_SOURCES.includes(raw.source as TrackerSource)) return { field: 'source' };
  const webmailAccount = raw.webmailAccount ?? undefined;
  if (webmailAccount !== undefined && !isWebmailAccount(webmailAccount)) return { field: 'webmailAccount' };
  const keys = raw.messageKeys;
  if (
    !Array.isArray(keys) ||
    keys.length > MESSAGE_KEYS_KEPT ||
    !keys.every((key) => typeof key === 'string' && STORED_KEY_PATTERN.test(key))
  ) {
    return { field: 'messageKeys' };
  }
  const unverified = raw.unverified ?? undefined;
  if (unverified !== undefined && unverified !== true) return { field: 'unverified' };
  const entry: TrackedRecipient = {
    address,
    state: raw.state as TrackerState,
    firstSeen,
    lastSeen,
    totalBounces: raw.totalBounces,
    softRun: raw.softRun,
    lastReason,
    lastSeverity: raw.lastSeverity,
    lastStatus: raw.lastStatus,
    lastDiagnostic: raw.lastDiagnostic,
    source: raw.source as TrackerSource,
    messageKeys: [...(keys as string[])],
  };
  if (flaggedAt !== undefined) entry.flaggedAt = flaggedAt;
  if (hardCause !== undefined) entry.hardCause = hardCause;
  if (suggested !== undefined) entry.suggested = suggested;
  if (unverified) entry.unverified = true;
  if (webmailAccount !== undefined) entry.webmailAccount = webmailAccount;
  return entry;
}

export function isFieldProblem(value: TrackedRecipient | FieldProblem): value is FieldProblem {
  return !('address' in value);
}

/**
 * What storage holds, as a list of valid recipients. Only the background writes it, through
 * the model, so a bad entry means a hand edit or a bug; it is skipped rather than breaking the popup.
 */
export function parseStoredRecipients(value: unknown): TrackedRecipient[] {
  if (!Array.isArray(value)) return [];
  const list: TrackedRecipient[] = [];
  for (const item of value) {
    const checked = checkRecipient(item, 'stored');
    if (!isFieldProblem(checked)) list.push(checked);
  }
  return list;
}

/** The stored digest, or undefined when it is missing or not one (the popup then waits for the full list). */
export function parseStoredDigest(value: unknown): TrackerDigest | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { counts, recentFlags, newest } = value as Partial<Record<keyof TrackerDigest, unknown>>;
  if (typeof counts !== 'object' || counts === null) return undefined;
  const { hard, soft, all } = counts as Record<string, unknown>;
  if (!isCount(hard) || !isCount(soft) || !isCount(all)) return undefined;
  if (!Array.isArray(recentFlags) || !recentFlags.every((date) => typeof date === 'number' && Number.isFinite(date))) return undefined;
  if (!Array.isArray(newest)) return undefined;
  return { counts: { hard, soft, all }, recentFlags: recentFlags as number[], newest: parseStoredRecipients(newest) };
}
