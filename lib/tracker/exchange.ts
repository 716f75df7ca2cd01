import { revealHidden } from '@/lib/address/visible';
import type { TrackedRecipient } from './model';
import { MAX_TRACKED_RECIPIENTS, pruneToCap } from './prune';
import { checkRecipient, isFieldProblem, type FieldProblem } from './validate';

// Export (JSON and CSV) and import (JSON) of the tracked recipients. Pure: the options page
// turns the text into a Blob download, and the background merges a checked import.

export const EXPORT_FORMAT = 'bounce-navi/tracked-recipients';
export const EXPORT_VERSION = 1;
/** A file larger than this is refused before parsing (10,000 recipients export to about 5 MB). */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** The recipient as it appears in an exported file: dates as ISO 8601, everything else as stored. */
export type ExportedRecipient = Omit<TrackedRecipient, 'firstSeen' | 'lastSeen' | 'flaggedAt'> & {
  firstSeen: string;
  lastSeen: string;
  flaggedAt?: string;
};

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  recipients: ExportedRecipient[];
}

function toExported(entry: TrackedRecipient): ExportedRecipient {
  const { firstSeen, lastSeen, flaggedAt, ...rest } = entry;
  const exported: ExportedRecipient = {
    ...rest,
    // Nothing hidden leaves the extension (lib/address/visible.ts): the store holds no such
    // address since v3, and this keeps it so whatever reaches the file.
    address: revealHidden(entry.address),
    lastDiagnostic: revealHidden(entry.lastDiagnostic),
    ...(entry.suggested === undefined ? {} : { suggested: revealHidden(entry.suggested) }),
    firstSeen: new Date(firstSeen).toISOString(),
    lastSeen: new Date(lastSeen).toISOString(),
  };
  if (flaggedAt !== undefined) exported.flaggedAt = new Date(flaggedAt).toISOString();
  return exported;
}

/** Newest first, so that a person reading the file sees recent bounces on top. */
function newestFirst(list: readonly TrackedRecipient[]): TrackedRecipient[] {
  return [...list].sort((a, b) => b.lastSeen - a.lastSeen || a.address.localeCompare(b.address));
}

export function exportJson(list: readonly TrackedRecipient[], now: number): string {
  const file: ExportFile = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: new Date(now).toISOString(),
    recipients: newestFirst(list).map(toExported),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** The CSV columns, in order; the header labels come from the options page's string table. */
export const CSV_COLUMNS = [
  'address',
  'state',
  'cause',
  'totalBounces',
  'softRun',
  'firstSeen',
  'lastSeen',
  'flaggedAt',
  'lastReason',
  'lastStatus',
  'lastDiagnostic',
  'suggested',
  'source',
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];

export interface CsvLabels {
  header: Readonly<Record<CsvColumn, string>>;
  state: (entry: TrackedRecipient) => string;
  cause: (entry: TrackedRecipient) => string;
}

/**
 * One CSV field (RFC 4180 §2: quoted when it holds a comma, quote or line break; quotes doubled).
 * A field that a spreadsheet would run as a formula (= + - @, tab, CR) gets a leading apostrophe:
 * diagnostic texts come from bounce mails, which are attacker-controlled (OWASP "CSV injection").
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A local date and time with its offset, e.g. 2026-11-22T15:04:05+09:00: readable and unambiguous. */
export function localIso(ms: number): string {
  const date = new Date(ms);
  const pad = (n: number): string => String(Math.abs(n)).padStart(2, '0');
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}` +
    `${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`
  );
}

/**
 * CSV for spreadsheets: a UTF-8 byte order mark (Excel otherwise reads UTF-8 as Shift_JIS and
 * garbles Japanese), CRLF line ends (RFC 4180 §2), newest bounce first.
 */
export function exportCsv(list: readonly TrackedRecipient[], labels: CsvLabels): string {
  const row = (entry: TrackedRecipient): Record<CsvColumn, string> => ({
    address: revealHidden(entry.address),
    state: labels.state(entry),
    cause: labels.cause(entry),
    totalBounces: String(entry.totalBounces),
    softRun: String(entry.softRun),
    firstSeen: localIso(entry.firstSeen),
    lastSeen: localIso(entry.lastSeen),
    flaggedAt: entry.flaggedAt === undefined ? '' : localIso(entry.flaggedAt),
    lastReason: entry.lastReason,
    lastStatus: entry.lastStatus,
    lastDiagnostic: revealHidden(entry.lastDiagnostic),
    suggested: revealHidden(entry.suggested ?? ''),
    source: entry.source,
  });
  const lines = [CSV_COLUMNS.map((column) => csvField(labels.header[column])).join(',')];
  for (const entry of newestFirst(list)) {
    const values = row(entry);
    lines.push(CSV_COLUMNS.map((column) => csvField(values[column])).join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** Why an import was refused; the options page words each one. */
export type ImportProblem =
  | { code: 'too-large'; bytes: number }
  | { code: 'not-json' }
  | { code: 'not-our-format' }
  | { code: 'newer-version'; version: number }
  | { code: 'too-many'; count: number }
  | { code: 'bad-entry'; index: number; field: FieldProblem['field'] }
  | { code: 'duplicate'; index: number; address: string };

export type ImportCheck = { ok: true; recipients: TrackedRecipient[] } | { ok: false; problem: ImportProblem };

/**
 * Reads an exported file. All or nothing: one bad entry refuses the whole file, so an import
 * never half-applies; the store is not touched until the file has passed.
 */
export function parseImport(text: string): ImportCheck {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_IMPORT_BYTES) return { ok: false, problem: { code: 'too-large', bytes } };
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, problem: { code: 'not-json' } };
  }
  if (typeof data !== 'object' || data === null) return { ok: false, problem: { code: 'not-our-format' } };
  const file = data as Partial<Record<keyof ExportFile, unknown>>;
  if (file.format !== EXPORT_FORMAT || typeof file.version !== 'number' || !Array.isArray(file.recipients)) {
    return { ok: false, problem: { code: 'not-our-format' } };
  }
  if (file.version > EXPORT_VERSION) return { ok: false, problem: { code: 'newer-version', version: file.version } };
  if (file.recipients.length > MAX_TRACKED_RECIPIENTS) return { ok: false, problem: { code: 'too-many', count: file.recipients.length } };
  const recipients: TrackedRecipient[] = [];
  const seen = new Set<string>();
  for (const [index, item] of (file.recipients as unknown[]).entries()) {
    const checked = checkRecipient(item, 'import');
    if (isFieldProblem(checked)) return { ok: false, problem: { code: 'bad-entry', index, field: checked.field } };
    if (seen.has(checked.address)) return { ok: false, problem: { code: 'duplicate', index, address: checked.address } };
    seen.add(checked.address);
    recipients.push(checked);
  }
  return { ok: true, recipients };
}

/** Field-by-field equality, whatever order the keys were written in. */
function sameRecipient(a: TrackedRecipient, b: TrackedRecipient): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)] as (keyof TrackedRecipient)[]);
  for (const key of keys) {
    const left = a[key];
    const right = b[key];
    if (Array.isArray(left) && Array.isArray(right)) {
      if (left.length !== right.length || left.some((value, i) => value !== right[i])) return false;
    } else if (left !== right) {
      return false;
    }
  }
  return true;
}

export interface ImportOutcome {
  added: number;
  updated: number;
  unchanged: number;
  /** Recipients dropped by the cap after merging (oldest first). */
  pruned: number;
}

/**
 * Merges imported recipients into the stored list. Nothing stored is dropped for being absent
 * from the file; for an address in both, the entry with the later last bounce wins, the
 * imported one on a tie (importing a backup restores it).
 */
export function mergeImported(
  list: readonly TrackedRecipient[],
  imported: readonly TrackedRecipient[],
): { list: TrackedRecipient[]; outcome: ImportOutcome } {
  const byAddress = new Map(list.map((entry) => [entry.address, entry] as const));
  let added = 0;
  let updated = 0;
  let unchanged = 0;
  for (const entry of imported) {
    const current = byAddress.get(entry.address);
    if (!current) {
      added++;
      byAddress.set(entry.address, entry);
    } else if (entry.lastSeen >= current.lastSeen) {
      if (sameRecipient(current, entry)) unchanged++;
      else updated++;
      byAddress.set(entry.address, entry);
    } else {
      unchanged++;
    }
  }
  const merged = [...byAddress.values()];
  const kept = pruneToCap(merged);
  return { list: kept, outcome: { added, updated, unchanged, pruned: merged.length - kept.length } };
}

export const RAW_EXPORT_FORMAT = 'bounce-navi/stored-tracked-list';

/**
 * The stored list exactly as storage holds it (a list this version cannot read: written by a
 * newer version, or damaged), wrapped with what is known about it, for the user to keep or to
 * give to a newer version. The value is not decoded or changed: it is what was stored.
 */
export function exportRawJson(
  stored: { version: unknown; value: unknown; problem?: unknown; savedAt?: number },
  now: number,
): string {
  const file = {
    format: RAW_EXPORT_FORMAT,
    exportedAt: new Date(now).toISOString(),
    key: 'local:trackedRecipients',
    version: stored.version ?? null,
    ...(stored.problem ? { problem: stored.problem } : {}),
    ...(stored.savedAt ? { backedUpAt: new Date(stored.savedAt).toISOString() } : {}),
    value: stored.value ?? null,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}
