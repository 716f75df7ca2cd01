import { describe, expect, it } from 'vitest';
import {
  csvField,
  exportCsv,
  exportJson,
  localIso,
  mergeImported,
  parseImport,
  type CsvLabels,
  type ExportFile,
} from '@/lib/tracker/exchange';
import { recordReport, unflagRecipient, type TrackedRecipient } from '@/lib/tracker/model';
import { MAX_TRACKED_RECIPIENTS } from '@/lib/tracker/prune';
import { hard, report } from './reports';

const NOW = Date.parse('2026-11-20T09:00:00Z');
const record = (list: TrackedRecipient[], key: string, r = hard('a@example.jp')) =>
  recordReport(list, { messageKey: key, source: 'gmail', report: r }, { now: NOW, softToHardThreshold: 5, suggest: (a) => (a.endsWith('@gmial.com') ? a.replace('gmial', 'gmail') : undefined) }).recipients;

function sampleList(): TrackedRecipient[] {
  let list = record([], '1', hard('yamada@gmial.com'));
  list = record(list, '2', report([{ recipient: 'busy@example.co.jp', severity: 'soft', diagnosticCode: 'smtp; 452 4.2.2 "over quota", try later' }], { date: 'Fri, 20 Nov 2026 08:00:00 +0000' }));
  list = record(list, '3', report([{ recipient: 'old@example.jp', severity: 'hard' }], { date: 'Mon, 02 Mar 2026 10:00:00 +0900' }));
  return unflagRecipient(list, 'old@example.jp');
}

describe('JSON export and import', () => {
  it('round-trips exactly', () => {
    const list = sampleList();
    const text = exportJson(list, NOW);
    const parsed = parseImport(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const byAddress = (l: readonly TrackedRecipient[]) => [...l].sort((a, b) => a.address.localeCompare(b.address));
    expect(byAddress(parsed.recipients)).toEqual(byAddress(list));
  });

  it('writes a readable, versioned file, newest first, with ISO dates', () => {
    const file = JSON.parse(exportJson(sampleList(), NOW)) as ExportFile;
    expect(file).toMatchObject({ format: 'bounce-navi/tracked-recipients', version: 1, exportedAt: '2026-11-20T09:00:00.000Z' });
    expect(file.recipients.map((r) => r.address)).toEqual(['yamada@gmial.com', 'busy@example.co.jp', 'old@example.jp']);
    expect(file.recipients[2]?.lastSeen).toBe('2026-03-02T01:00:00.000Z');
    expect(file.recipients[0]).toMatchObject({ suggested: 'yamada@gmail.com', flaggedAt: '2026-11-20T09:00:00.000Z' });
  });

  it('refuses broken files, saying why', () => {
    const good = JSON.parse(exportJson(sampleList(), NOW)) as ExportFile;
    const variant = (change: (file: ExportFile & Record<string, unknown>) => void): string => {
      const copy = structuredClone(good) as ExportFile & Record<string, unknown>;
      change(copy);
      return JSON.stringify(copy);
    };
    const cases: [string, unknown][] = [
      ['{"recipients": [', { code: 'not-json' }],
      ['[1, 2, 3]', { code: 'not-our-format' }],
      ['null', { code: 'not-our-format' }],
      [variant((f) => ((f as Record<string, unknown>).format = 'something-else')), { code: 'not-our-format' }],
      [variant((f) => ((f as Record<string, unknown>).version = 2)), { code: 'newer-version', version: 2 }],
      [variant((f) => ((f.recipients[1] as Record<string, unknown>).totalBounces = -1)), { code: 'bad-entry', index: 1, field: 'totalBounces' }],
      [variant((f) => ((f.recipients[0] as Record<string, unknown>).address = 'Yamada@GMIAL.com')), { code: 'bad-entry', index: 0, field: 'address' }],
      [variant((f) => ((f.recipients[0] as Record<string, unknown>).lastSeen = 'yesterday')), { code: 'bad-entry', index: 0, field: 'lastSeen' }],
      [variant((f) => ((f.recipients[0] as Record<string, unknown>).lastReason = 'nonsense')), { code: 'bad-entry', index: 0, field: 'lastReason' }],
      [variant((f) => ((f.recipients[0] as Record<string, unknown>).messageKeys = ['<not-hashed@example.jp>'])), { code: 'bad-entry', index: 0, field: 'messageKeys' }],
      [variant((f) => ((f.recipients[0] as Record<string, unknown>).source = 'thunderbird')), { code: 'bad-entry', index: 0, field: 'source' }],
      [variant((f) => (f.recipients[2] = 'text' as never)), { code: 'bad-entry', index: 2, field: 'entry' }],
      [variant((f) => f.recipients.push(f.recipients[0]!)), { code: 'duplicate', index: 3, address: 'yamada@gmial.com' }],
      [variant((f) => (f.recipients = Array.from({ length: MAX_TRACKED_RECIPIENTS + 1 }, () => f.recipients[0]!))), { code: 'too-many', count: MAX_TRACKED_RECIPIENTS + 1 }],
    ];
    for (const [text, problem] of cases) expect(parseImport(text)).toEqual({ ok: false, problem });
  });

  it('reads retired Sisimai reason names as their 5.6 names', () => {
    const file = JSON.parse(exportJson(sampleList(), NOW)) as ExportFile;
    (file.recipients[0] as Record<string, unknown>).lastReason = 'mesgtoobig';
    const parsed = parseImport(JSON.stringify(file));
    expect(parsed.ok && parsed.recipients[0]?.lastReason).toBe('emailtoolarge');
  });

  it('accepts a byte order mark', () => {
    expect(parseImport(`\uFEFF${exportJson(sampleList(), NOW)}`).ok).toBe(true);
  });
});

describe('the webmail account in a file', () => {
  it('round-trips, and a file naming any other place is refused', () => {
    const list = recordReport([], { messageKey: '1', source: 'gmail', report: hard('yamada@gmial.com'), webmailAccount: 'https://mail.google.com/mail/b/x238/u/0/' }, { now: NOW, softToHardThreshold: 5 }).recipients;
    const parsed = parseImport(exportJson(list, NOW));
    expect(parsed.ok && parsed.recipients[0]?.webmailAccount).toBe('https://mail.google.com/mail/b/x238/u/0/');
    const forged = exportJson(list, NOW).replace('https://mail.google.com/mail/b/x238/u/0/', 'https://example.com/mail/u/0/');
    expect(parseImport(forged)).toMatchObject({ ok: false, problem: { code: 'bad-entry', field: 'webmailAccount' } });
  });
});

describe('merging an import', () => {
  it('adds new addresses, keeps the newer record for shared ones, and drops nothing stored', () => {
    const stored = sampleList();
    const older = stored.map((e) => (e.address === 'busy@example.co.jp' ? { ...e, lastSeen: e.lastSeen - 1000, firstSeen: e.firstSeen - 1000, totalBounces: 9, softRun: 0 } : e));
    const extra = record([], 'x', hard('new@example.jp'));
    const imported = [...older.filter((e) => e.address !== 'old@example.jp'), ...extra];
    const merged = mergeImported(stored, imported);
    expect(merged.outcome).toEqual({ added: 1, updated: 0, unchanged: 2, pruned: 0 });
    expect(merged.list).toHaveLength(4);
    expect(merged.list.find((e) => e.address === 'busy@example.co.jp')?.totalBounces).toBe(1);
    const restored = mergeImported(unflagRecipient(stored, 'yamada@gmial.com'), stored);
    expect(restored.outcome.updated).toBe(1);
    expect(restored.list.find((e) => e.address === 'yamada@gmial.com')?.state).toBe('hard');
  });
});

describe('CSV export', () => {
  const labels: CsvLabels = {
    header: { address: '宛先', state: '状態', cause: '原因', totalBounces: '回数', softRun: '連続', firstSeen: '最初', lastSeen: '最後', flaggedAt: '判定', lastReason: '理由', lastStatus: 'コード', lastDiagnostic: '応答', suggested: '修正候補', source: '読み取り元' },
    state: (e) => e.state,
    cause: (e) => `cause:${e.lastReason}`,
  };

  it('starts with a BOM, uses CRLF and one row per recipient, newest first', () => {
    const csv = exportCsv(sampleList(), labels);
    expect(csv.startsWith('\uFEFF宛先,状態,原因,回数,連続,最初,最後,判定,理由,コード,応答,修正候補,読み取り元\r\n')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines).toHaveLength(5);
    expect(lines[4]).toBe('');
    expect(lines[1]?.startsWith('yamada@gmial.com,hard,cause:userunknown,1,0,')).toBe(true);
    expect(lines[1]?.endsWith(',yamada@gmail.com,gmail')).toBe(true);
    expect(lines[2]).toContain('"smtp; 452 4.2.2 ""over quota"", try later"');
  });

  it('quotes and defuses fields (RFC 4180, formula injection)', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
    expect(csvField('=HYPERLINK("http://198.51.100.7")')).toBe('"\'=HYPERLINK(""http://198.51.100.7"")"');
    expect(csvField('+81')).toBe("'+81");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
  });

  it('writes local times with their offset', () => {
    expect(localIso(NOW)).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
    expect(Date.parse(localIso(NOW))).toBe(NOW);
  });
});
