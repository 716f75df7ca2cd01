/**
 * The decoder test harness (architecture.md: "runLhostCases"): every fixture of a family folder
 * has a row in its table and every row a fixture; each mail is classified and compared with the
 * row, and every recipient is checked against the report contract's invariants.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyBounce } from '@/lib/bounce';
import type { LhostId } from '@/lib/bounce/lhost';
import { isReasonId, type ReasonId } from '@/lib/bounce/reasons/taxonomy';
import type { BounceReport, ReportKind, Severity } from '@/lib/bounce/types';

export const FIXTURE_ROOT = path.resolve('tests/fixtures/eml');

/** One expected recipient: address, reason, severity, status, reply code, SMTP command. */
export type ExpectedRecipient = readonly [string, ReasonId, Severity, string, string, string];

export interface ExpectedMail {
  kind: ReportKind;
  /** The decoder that must claim the mail (none for not-bounce and unparsed). */
  decoder?: LhostId;
  recipients?: readonly ExpectedRecipient[];
}

/** Fixture names (without .eml) of a family folder, in name order. */
export function fixtureNames(folder: string): string[] {
  return fs
    .readdirSync(path.join(FIXTURE_ROOT, folder))
    .filter((f) => f.endsWith('.eml'))
    .map((f) => f.slice(0, -4))
    .sort();
}

export function readFixture(folder: string, name: string): Buffer {
  return fs.readFileSync(path.join(FIXTURE_ROOT, folder, `${name}.eml`));
}

/** The contract's invariants, for any report. */
export function checkInvariants(report: BounceReport): void {
  if (!('recipients' in report)) return;
  for (const r of report.recipients) {
    expect(isReasonId(r.reason), `${r.recipient}: reason ${r.reason} is in the taxonomy`).toBe(true);
    expect(r.hardbounce).toBe(r.severity === 'hard');
    expect(r.decoder).toBe(report.decoder);
    expect(r.evidence.rule, `${r.recipient}: evidence names its rule`).not.toBe('');
    if (r.status && r.replyCode) expect(r.replyCode.charAt(0), `${r.recipient}: reply-code class = status class`).toBe(r.status.charAt(0));
    if (r.status) expect(r.status).toMatch(/^[245]\.\d{1,3}\.\d{1,3}$/);
    if (r.replyCode) expect(r.replyCode).toMatch(/^[245]\d\d$/);
  }
}

export function runLhostCases(folder: string, table: Readonly<Record<string, ExpectedMail>>): void {
  describe(`fixtures/eml/${folder}`, () => {
    it('has a row for every fixture and a fixture for every row', () => {
      expect(Object.keys(table).sort()).toEqual(fixtureNames(folder));
    });
    for (const [name, expected] of Object.entries(table)) {
      it(name, async () => {
        const report = await classifyBounce(readFixture(folder, name));
        expect(report.kind).toBe(expected.kind);
        checkInvariants(report);
        if (expected.decoder) expect('decoder' in report ? report.decoder : '').toBe(expected.decoder);
        const actual = 'recipients' in report ? report.recipients.map((r) => [r.recipient, r.reason, r.severity, r.status, r.replyCode, r.command]) : [];
        expect(actual).toEqual(expected.recipients ?? []);
      });
    }
  });
}
