import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyBounce } from '@/lib/bounce';
import { MAX_RECIPIENTS } from '@/lib/bounce/limits';
import type { ClassifiedReport } from '@/lib/bounce/types';
import { decideOwnership } from '@/lib/tracker/ownership';

// The hostile bounces the end-to-end tests open (tests/webmail-sim/scenes.mjs), classified by
// the real classifier and decided in node: what the Chromium tests rely on holds here first.

const ME = 'tanaka.hanako@example.com';
const classified = async (name: string): Promise<ClassifiedReport> => {
  const report = await classifyBounce(fs.readFileSync(path.resolve('tests/fixtures/eml/webmail', `${name}.eml`)));
  if (report.kind === 'not-bounce' || report.kind === 'unparsed') throw new Error(`${name}: ${report.kind}`);
  return report;
};

describe('the forged and hostile fixtures', () => {
  it('gmail-forged: a bounce whose original another address sent: not ours', async () => {
    const report = await classified('gmail-forged');
    expect(report.recipients.map((r) => r.recipient)).toEqual(['nishimura.ken@example.net']);
    expect(report.original).toMatchObject({ from: 'security@example.org', returnPath: 'bounce-0071@mailer.example.org' });
    expect(decideOwnership(report, [ME])).toBe('not-ours');
  });

  it('gmail-forged-many and gmail-many-no-original: 1,000 recipients (the classifier keeps its first 500); not ours, and unknown', async () => {
    const forged = await classified('gmail-forged-many');
    expect(forged.recipients).toHaveLength(MAX_RECIPIENTS);
    expect(decideOwnership(forged, [ME])).toBe('not-ours');
    const bare = await classified('gmail-many-no-original');
    expect(bare.recipients).toHaveLength(MAX_RECIPIENTS);
    expect(bare.original).toBeUndefined();
    expect(decideOwnership(bare, [ME])).toBe('unknown');
  });

  it('gmail-bidi: the recipient carries U+202E; the original is the user’s own', async () => {
    const report = await classified('gmail-bidi');
    expect(report.recipients.map((r) => r.recipient)).toEqual(['"\u202emoc.liamg@ssob"@example.org']);
    expect(decideOwnership(report, [ME])).toBe('ours');
  });
});
