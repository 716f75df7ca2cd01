import { describe, expect, it } from 'vitest';
import { decodeTable, encodeTable, STORED_COLUMNS } from '@/lib/tracker/codec';
import { recordReport, unflagRecipient, type TrackedRecipient } from '@/lib/tracker/model';
import { parseStoredRecipients } from '@/lib/tracker/validate';
import { hard, soft } from './reports';

const NOW = Date.parse('2026-11-20T09:00:00Z');

function sample(): TrackedRecipient[] {
  let list = recordReport([], { messageKey: 'a', source: 'gmail', report: hard('yamada@gmial.com') }, { now: NOW, softToHardThreshold: 5, suggest: () => 'yamada@gmail.com' }).recipients;
  list = recordReport(list, { messageKey: 'b', source: 'outlook', report: soft('busy@example.co.jp', { diagnosticCode: 'smtp; 452 "quoted" \\ text, 満杯' }) }, { now: NOW, softToHardThreshold: 5 }).recipients;
  return unflagRecipient(list, 'yamada@gmial.com');
}

describe('the stored table', () => {
  it('round-trips every field, optional ones included', () => {
    const list = sample();
    expect(parseStoredRecipients(decodeTable(encodeTable(list)))).toEqual(list);
  });

  it('writes a header and one row per recipient, nulls for absent fields', () => {
    const table = JSON.parse(encodeTable(sample())) as { columns: string[]; rows: unknown[][] };
    expect(table.columns).toEqual([...STORED_COLUMNS]);
    expect(table.rows).toHaveLength(2);
    expect(table.rows[0]?.[STORED_COLUMNS.indexOf('flaggedAt')]).toBeNull();
    expect(table.rows[0]?.[STORED_COLUMNS.indexOf('suggested')]).toBe('yamada@gmail.com');
  });

  it('decodes by the stored header, whatever its column order', () => {
    const [entry] = sample();
    const columns = [...STORED_COLUMNS].reverse();
    const text = JSON.stringify({ columns, rows: [columns.map((c) => entry![c] ?? null)] });
    expect(parseStoredRecipients(decodeTable(text))).toEqual([entry]);
  });

  it('gives nothing for what is not a table', () => {
    for (const text of ['', '[]', 'null', '{"columns": 1, "rows": []}', '{"columns": [1], "rows": []}', '{"rows": [[1]]}', '{']) {
      expect(decodeTable(text)).toEqual([]);
    }
  });
});
