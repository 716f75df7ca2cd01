import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { base64ToBytes, bytesToBase64 } from '@/lib/messaging/base64';
import { handleBackgroundRequest, isBackgroundRequest } from '@/lib/messaging/handlers';
import { createClassifierPool } from '@/lib/classifier-host/pool';
import { InlineWorker } from '../classifier-host/fakes';

describe('raw mail in runtime messages', () => {
  it('survives base64 byte for byte, 8-bit charsets included', () => {
    const bytes = new Uint8Array(70_000).map((_, i) => (i * 37) % 256);
    expect(base64ToBytes(bytesToBase64(bytes))).toEqual(bytes);
  });

  it('is classified by the background handler, in the worker it is given', async () => {
    const pool = createClassifierPool({ spawn: () => new InlineWorker() });
    const raw = fs.readFileSync('tests/fixtures/eml/gmail/01-address-not-found.eml');
    const report = await handleBackgroundRequest({ type: 'classify', rawBase64: bytesToBase64(raw) }, { classify: (input) => pool.classify(input) });
    pool.close();
    expect(report.kind).toBe('bounce');
    if (report.kind !== 'bounce') return;
    expect(report.recipients.map((r) => r.recipient)).toEqual(['suzuki.ichiro@exmaple.co.jp']);
  });

  it('ignores messages that are not ours', () => {
    expect(isBackgroundRequest({ type: 'something-else' })).toBe(false);
    expect(isBackgroundRequest(null)).toBe(false);
    expect(isBackgroundRequest({ type: 'classify', rendered: { subject: '', from: '', body: '' } })).toBe(true);
  });
});
