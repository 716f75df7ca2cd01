import type { BounceReport, ReasonId, RecipientResult } from '@/lib/bounce/types';
import { isReasonId } from '@/lib/bounce/reasons/taxonomy';
import { namedBlocklists } from '@/lib/explain/facts';
import { SENDING_KINDS, type RecipientStory, type SendingKind } from '@/lib/explain/story';
import { bounceKeys, hashKey, STORED_KEY_PATTERN } from './keys';
import { normalizeAddress, reportDate } from './model';

// Two states beside the tracked list, each in its own storage item (storage.ts), pure here:
//
// - "your sending": sender-side bounces (block list, reputation, SPF/DKIM/DMARC, PTR, rate
//   limit, ...; lib/explain/story.ts) are never counted against the recipient. They say the
//   user's own mail server or domain has a problem that will hit other recipients too, so they
//   are kept here as incidents with the decisive lines an administrator needs, and the popup and
//   the badge warn while any is recent. The user's "fixed" clears it; so does a quiet period.
// - sent mails: which recipients of one sent mail (its Message-ID, hashed) have bounced so far,
//   so several bounces for one mail read as one send in the sidebar ("2 of 5 failed").

/** With no new sender-side bounce for this long, the warning clears by itself. */
export const SENDING_QUIET_PERIOD_MS = 7 * 24 * 60 * 60 * 1000;
/** Incidents kept (newest last): enough for an administrator's report, bounded for storage. */
export const MAX_SENDER_INCIDENTS = 50;
/** Bounce keys kept to count a bounce opened twice once. */
export const MAX_SENDER_KEYS = 200;
export const MAX_INCIDENT_DIAGNOSTIC = 240;
/** Sent mails remembered, and failed recipients per sent mail. */
export const MAX_SENT_MAILS = 300;
export const MAX_FAILED_PER_MAIL = 100;

/** One sender-side bounce at one recipient domain: the lines an administrator needs. */
export interface SenderIncident {
  /** The bounce's date (its Date header, else when recorded), epoch ms. */
  date: number;
  recipientDomain: string;
  /** How many recipients at that domain this bounce names. */
  recipients: number;
  replyCode: string;
  status: string;
  remoteMta: string;
  kind: SendingKind;
  reason: ReasonId;
  /** Block lists named in the rejection (Spamhaus, ...). */
  lists: string[];
  /** The remote server's words, one line, bounded. */
  diagnostic: string;
}

export interface SendingState {
  incidents: SenderIncident[];
  /** Hashed keys of the bounces already recorded (oldest first). */
  keys: string[];
  /** When the user said it is fixed: incidents up to then are no longer shown. */
  resolvedAt?: number;
  /** The user's own domain, from the latest returned original's From: the carrier request names it. */
  ownDomain?: string;
}

export const EMPTY_SENDING_STATE: SendingState = { incidents: [], keys: [] };

/** One line of plain text, bounded. */
function oneLine(text: string, max: number): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
  const line = text.replace(/[\s\u0000-\u001f\u007f]+/g, ' ').trim();
  return line.length <= max ? line : `${line.slice(0, max - 1)}…`;
}

function domainOf(address: string): string {
  const normal = normalizeAddress(address);
  return normal ? normal.slice(normal.lastIndexOf('@') + 1) : '';
}

/** The story of each recipient, injected (lib/explain/story.ts's storyOf in the writer). */
export type StoryOfRecipient = (recipient: RecipientResult) => Pick<RecipientStory, 'tracker' | 'sending'>;

/**
 * The sender-side incidents of one report: one per recipient domain, kind and codes (a bounce
 * naming three recipients at one domain for one block list is one line, "3 recipients").
 */
export function incidentsOf(report: BounceReport, storyOf: StoryOfRecipient, now: number): SenderIncident[] {
  if (report.kind !== 'bounce') return [];
  const date = reportDate(report, now);
  const byLine = new Map<string, SenderIncident>();
  for (const recipient of report.recipients) {
    const story = storyOf(recipient);
    if (story.tracker !== 'sender' || !story.sending) continue;
    const recipientDomain = domainOf(recipient.recipient);
    const line = [recipientDomain, story.sending, recipient.replyCode, recipient.status, recipient.remoteMta].join('\u0000');
    const seen = byLine.get(line);
    if (seen) {
      seen.recipients += 1;
      continue;
    }
    byLine.set(line, {
      date,
      recipientDomain,
      recipients: 1,
      replyCode: oneLine(recipient.replyCode, 8),
      status: oneLine(recipient.status, 16),
      remoteMta: oneLine(recipient.remoteMta, 120),
      kind: story.sending,
      reason: recipient.reason,
      lists: namedBlocklists(recipient.diagnosticCode),
      diagnostic: oneLine(recipient.diagnosticCode, MAX_INCIDENT_DIAGNOSTIC),
    });
  }
  return [...byLine.values()];
}

/** Adds a report's incidents, once per bounce mail (its keys). */
export function recordSending(
  state: SendingState,
  event: { messageKey: string; report: BounceReport },
  storyOf: StoryOfRecipient,
  now: number,
): { state: SendingState; changed: boolean } {
  if (event.report.kind !== 'bounce') return { state, changed: false };
  const ownDomain = domainOf(event.report.original?.from ?? '');
  const withDomain = ownDomain && ownDomain !== state.ownDomain ? { ...state, ownDomain } : state;
  const unchanged = { state: withDomain, changed: withDomain !== state };
  const keys = bounceKeys(event.messageKey, event.report.notice.messageId);
  if (keys.some((key) => state.keys.includes(key))) return unchanged;
  const incidents = incidentsOf(event.report, storyOf, now);
  if (incidents.length === 0) return unchanged;
  const all = [...state.incidents, ...incidents].sort((a, b) => a.date - b.date).slice(-MAX_SENDER_INCIDENTS);
  return { state: { ...withDomain, incidents: all, keys: [...state.keys, ...keys].slice(-MAX_SENDER_KEYS) }, changed: true };
}

/** The user says it is fixed: what came before is no longer shown (and kept for a later report). */
export function resolveSending(state: SendingState, now: number): SendingState {
  return { ...state, resolvedAt: now };
}

/**
 * The incidents the warning shows: those after the user's "fixed", and only while the newest is
 * within the quiet period (a week without a sender-side bounce means it was fixed, or was one-off).
 */
export function activeIncidents(state: SendingState, now: number): SenderIncident[] {
  const open = state.incidents.filter((incident) => state.resolvedAt === undefined || incident.date > state.resolvedAt);
  const newest = open.at(-1);
  if (!newest || now - newest.date > SENDING_QUIET_PERIOD_MS) return [];
  return open;
}

/** The kind the warning leads with: the most serious one present, in SENDING_KINDS order. */
export function leadingKind(incidents: readonly SenderIncident[]): SendingKind | undefined {
  return SENDING_KINDS.find((kind) => incidents.some((incident) => incident.kind === kind));
}

const isString = (value: unknown): value is string => typeof value === 'string';
const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;

function parseIncident(value: unknown): SenderIncident | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const raw = value as Record<string, unknown>;
  const kind = raw.kind;
  const reason = raw.reason;
  if (!isCount(raw.date) || !isString(raw.recipientDomain) || !isCount(raw.recipients)) return undefined;
  if (!isString(raw.replyCode) || !isString(raw.status) || !isString(raw.remoteMta) || !isString(raw.diagnostic)) return undefined;
  if (!isString(kind) || !(SENDING_KINDS as readonly string[]).includes(kind) || !isString(reason) || !isReasonId(reason)) return undefined;
  const lists = Array.isArray(raw.lists) ? raw.lists.filter(isString).slice(0, 8) : [];
  return {
    date: raw.date,
    recipientDomain: oneLine(raw.recipientDomain, 254),
    recipients: Math.round(raw.recipients),
    replyCode: oneLine(raw.replyCode, 8),
    status: oneLine(raw.status, 16),
    remoteMta: oneLine(raw.remoteMta, 120),
    kind: kind as SendingKind,
    reason,
    lists,
    diagnostic: oneLine(raw.diagnostic, MAX_INCIDENT_DIAGNOSTIC),
  };
}

/** What storage holds, made valid: a broken or foreign value reads as no incident (never an exception). */
export function parseSendingState(value: unknown): SendingState {
  if (typeof value !== 'object' || value === null) return EMPTY_SENDING_STATE;
  const raw = value as Record<string, unknown>;
  const incidents = Array.isArray(raw.incidents)
    ? raw.incidents.map(parseIncident).filter((incident): incident is SenderIncident => incident !== undefined).slice(-MAX_SENDER_INCIDENTS)
    : [];
  const keys = Array.isArray(raw.keys) ? raw.keys.filter((key): key is string => isString(key) && STORED_KEY_PATTERN.test(key)).slice(-MAX_SENDER_KEYS) : [];
  const ownDomain = isString(raw.ownDomain) ? domainOf(`x@${raw.ownDomain}`) : '';
  return { incidents, keys, ...(isCount(raw.resolvedAt) ? { resolvedAt: raw.resolvedAt } : {}), ...(ownDomain ? { ownDomain } : {}) };
}

// ---- sent mails: several bounces for one mail read as one send ----

export interface FailedRecipient {
  address: string;
  /** The date of the bounce that named it. */
  date: number;
}

export interface SentMail {
  /** hashKey of the original's Message-ID. */
  key: string;
  /** The newest bounce's date, for pruning. */
  lastSeen: number;
  failed: FailedRecipient[];
}

export interface SentMails {
  mails: SentMail[];
}

export const EMPTY_SENT_MAILS: SentMails = { mails: [] };

/** The key of a sent mail: its Message-ID without angle brackets, hashed (no Message-ID in clear). */
export function sentMailKey(messageId: string): string | undefined {
  const id = messageId.trim().replace(/^<(.*)>$/, '$1').trim();
  return id === '' ? undefined : hashKey(`sent:${id}`);
}

/** Adds the failed recipients of a bounce to its sent mail (by the original's Message-ID). */
export function recordSentMail(mails: SentMails, report: BounceReport, now: number): { mails: SentMails; changed: boolean } {
  if (report.kind !== 'bounce' || !report.original) return { mails, changed: false };
  const key = sentMailKey(report.original.messageId);
  if (!key) return { mails, changed: false };
  const date = reportDate(report, now);
  const current = mails.mails.find((mail) => mail.key === key) ?? { key, lastSeen: date, failed: [] };
  const failed = [...current.failed];
  let changed = !mails.mails.includes(current);
  for (const recipient of report.recipients) {
    if (recipient.action === 'delayed' || recipient.action === 'delivered') continue;
    const address = normalizeAddress(recipient.recipient);
    if (!address || failed.some((entry) => entry.address.toLowerCase() === address.toLowerCase())) continue;
    failed.push({ address, date });
    changed = true;
  }
  if (!changed) return { mails, changed: false };
  const updated: SentMail = { key, lastSeen: Math.max(current.lastSeen, date), failed: failed.slice(0, MAX_FAILED_PER_MAIL) };
  const others = mails.mails.filter((mail) => mail.key !== key);
  const all = [...others, updated].sort((a, b) => a.lastSeen - b.lastSeen).slice(-MAX_SENT_MAILS);
  return { mails: { mails: all }, changed: true };
}

/** The recipients of one sent mail that have bounced so far (every bounce recorded for it). */
export function failedOfSentMail(mails: SentMails, messageId: string): FailedRecipient[] {
  const key = sentMailKey(messageId);
  return key ? [...(mails.mails.find((mail) => mail.key === key)?.failed ?? [])] : [];
}

export function parseSentMails(value: unknown): SentMails {
  if (typeof value !== 'object' || value === null || !Array.isArray((value as { mails?: unknown }).mails)) return EMPTY_SENT_MAILS;
  const mails: SentMail[] = [];
  for (const item of (value as { mails: unknown[] }).mails) {
    if (typeof item !== 'object' || item === null) continue;
    const raw = item as Record<string, unknown>;
    if (!isString(raw.key) || !STORED_KEY_PATTERN.test(raw.key) || !isCount(raw.lastSeen) || !Array.isArray(raw.failed)) continue;
    const failed = raw.failed
      .map((entry: unknown) => {
        if (typeof entry !== 'object' || entry === null) return undefined;
        const e = entry as Record<string, unknown>;
        const address = isString(e.address) ? normalizeAddress(e.address) : undefined;
        return address && isCount(e.date) ? { address, date: e.date } : undefined;
      })
      .filter((entry): entry is FailedRecipient => entry !== undefined)
      .slice(0, MAX_FAILED_PER_MAIL);
    mails.push({ key: raw.key, lastSeen: raw.lastSeen, failed });
  }
  return { mails: mails.slice(-MAX_SENT_MAILS) };
}
