import type { TrackedRecipient } from './model';

/** The version of the tracked list this build writes (history in docs/tracker.md). v3: the `unverified` column. */
export const TRACKED_LIST_VERSION = 3;

// How the tracked list is written into storage (v2, v3): one JSON string holding a column header
// and one array per recipient, instead of an array of objects. Chromium's storage.local reads
// 10,000 recipients in about 50 ms this way, against about 75 ms as a string of objects and
// about 290 ms as structured objects, and the popup must read them all before its first paint
// (scripts/bench/popup.mjs). Pure: no storage API here.

/** The columns, in the order written. Decoding goes by the stored header, not by this order. */
export const STORED_COLUMNS = [
  'address',
  'state',
  'firstSeen',
  'lastSeen',
  'flaggedAt',
  'hardCause',
  'totalBounces',
  'softRun',
  'lastReason',
  'lastSeverity',
  'lastStatus',
  'lastDiagnostic',
  'suggested',
  'source',
  'messageKeys',
  'webmailAccount',
  'unverified',
] as const satisfies readonly (keyof TrackedRecipient)[];

export interface StoredTable {
  columns: readonly string[];
  rows: readonly (readonly unknown[])[];
}

/** One recipient as a row; an absent optional field is written as null. */
export function toRow(entry: TrackedRecipient): unknown[] {
  return STORED_COLUMNS.map((column) => entry[column] ?? null);
}

export function encodeTable(list: readonly TrackedRecipient[]): string {
  const table: StoredTable = { columns: STORED_COLUMNS, rows: list.map(toRow) };
  return JSON.stringify(table);
}

/**
 * Rows back into objects (null fields left out), or undefined when the text is not a table. The
 * objects are then checked by validate.ts like any stored value.
 */
export function readTable(text: string): unknown[] | undefined {
  let table: unknown;
  try {
    table = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof table !== 'object' || table === null) return undefined;
  const { columns, rows } = table as Partial<StoredTable>;
  if (!Array.isArray(columns) || !Array.isArray(rows) || !columns.every((c) => typeof c === 'string')) return undefined;
  return rows.map((row) => {
    if (!Array.isArray(row)) return undefined;
    const entry: Record<string, unknown> = {};
    for (let i = 0; i < columns.length; i++) {
      const value: unknown = row[i];
      if (value !== null && value !== undefined) entry[columns[i] as string] = value;
    }
    return entry;
  });
}

/** Like readTable, with an empty list for what is not a table (pages show what they can; the writer checks strictly, migrations.ts). */
export function decodeTable(text: string): unknown[] {
  return readTable(text) ?? [];
}
