import { encodeTable, toRow } from './codec';
import type { TrackedRecipient } from './model';
import { keepOrder } from './prune';

// The store's second bound, in bytes. storage.local holds 10 MB in Chromium (114+) without the
// `unlimitedStorage` permission, which we do not ask for. Ordinary recipients take about 0.3 kB
// in the stored table, so 10,000 fit in about 3 MB; only pathological field lengths (every string
// at its bound, in 3-byte characters) come near the budget, and then the oldest go first.
// Pure: the writer applies it to the list it is about to store.

export const STORAGE_BUDGET_BYTES = 9 * 1024 * 1024;

/** The largest a stored recipient can be under the field bounds (measured in tests/tracker/budget.test.ts). */
export const MAX_ENTRY_BYTES = 3500;

/** Bytes of JSON text once stored: UTF-8, plus one for each quote or backslash (the table is itself stored as a JSON string). */
export function jsonStoredBytes(json: string): number {
  let bytes = json.length;
  for (let i = 0; i < json.length; i++) {
    const code = json.charCodeAt(i);
    if (code === 0x22 || code === 0x5c) bytes += 1;
    else if (code >= 0x80) bytes += code >= 0x800 && (code < 0xd800 || code > 0xdfff) ? 2 : 1;
  }
  return bytes;
}

/** Bytes one recipient takes in the stored table (its row, plus the comma between rows). */
export function storedBytes(entry: TrackedRecipient): number {
  return jsonStoredBytes(JSON.stringify(toRow(entry))) + 1;
}

/**
 * The list, trimmed to the byte budget if it must be, and its stored text. Unverified recipients
 * go first, then those whose last bounce is oldest (prune.ts keepOrder, as pruneToCap). A short list cannot reach the budget and is not measured; a
 * long one is measured once as a whole, and entry by entry only when it is over.
 */
export function encodeWithinBudget(
  list: readonly TrackedRecipient[],
  budget: number = STORAGE_BUDGET_BYTES,
): { list: readonly TrackedRecipient[]; text: string } {
  const text = encodeTable(list);
  if (list.length * MAX_ENTRY_BYTES <= budget || jsonStoredBytes(text) <= budget) return { list, text };
  const newestFirst = [...list].sort(keepOrder);
  let total = jsonStoredBytes(encodeTable([]));
  let kept = newestFirst.length;
  for (let i = 0; i < newestFirst.length; i++) {
    total += storedBytes(newestFirst[i] as TrackedRecipient);
    if (total > budget) {
      kept = i;
      break;
    }
  }
  const trimmed = newestFirst.slice(0, kept);
  return { list: trimmed, text: encodeTable(trimmed) };
}
