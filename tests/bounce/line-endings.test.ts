/**
 * Every LF fixture, re-run with CRLF and with CR line endings, must give the identical report:
 * mail arrives with any of the three (RFC 5322 CRLF on the wire, LF in files, CR from old
 * exports), and postal-mime splits lines on LF only.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classifyBounce } from '@/lib/bounce';
import { FIXTURE_ROOT, fixtureNames, readFixture } from './harness';

function withEndings(bytes: Buffer, ending: '\r\n' | '\r'): Buffer {
  const out: number[] = [];
  for (const b of bytes) {
    if (b === 0x0a) out.push(...(ending === '\r\n' ? [0x0d, 0x0a] : [0x0d]));
    else out.push(b);
  }
  return Buffer.from(out);
}

const folders = fs.readdirSync(FIXTURE_ROOT).sort();

describe('line endings do not change the result', () => {
  for (const folder of folders) {
    for (const name of fixtureNames(folder)) {
      it(`${folder}/${name}`, async () => {
        const lf = readFixture(folder, name);
        expect(lf.includes(0x0d), 'fixtures are stored with LF endings').toBe(false);
        const expected = await classifyBounce(lf);
        expect(await classifyBounce(withEndings(lf, '\r\n'))).toEqual(expected);
        expect(await classifyBounce(withEndings(lf, '\r'))).toEqual(expected);
      });
    }
  }
});
