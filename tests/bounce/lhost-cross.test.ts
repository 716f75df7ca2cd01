/**
 * Each family decoder's detect() must be false on every other family's fixtures and on the
 * non-bounces: a decoder that claims a foreign format would answer for it with the wrong rules.
 * The generic readers (rfc3464 for any DSN, plaintext for any bounce text) are excluded by
 * design; they are asked last.
 */
import { describe, expect, it } from 'vitest';
import { LHOSTS, type LhostId } from '@/lib/bounce/lhost';
import { parseRawMail } from '@/lib/bounce/parse';
import { FIXTURE_ROOT, fixtureNames, readFixture } from './harness';
import fs from 'node:fs';

/** Fixture folders a decoder may claim besides its own (same service, two formats). */
const sharedFolders: Partial<Record<LhostId, readonly string[]>> = {
  gsuite: ['gmail'], // Google's current notices live with its older ones
  exchange2007: ['office365'], // Exchange Online writes Exchange's layout
};
const genericReaders = new Set<LhostId>(['rfc3464', 'plaintext']);

/**
 * The decoder families' fixture folders (other areas keep their own fixtures beside them, e.g.
 * eml/webmail/ for the webmail simulator; those are not a family and are not checked here).
 */
const familyFolders = new Set<string>([...LHOSTS.map((l) => l.id), ...Object.values(sharedFolders).flat(), 'not-bounce']);
const folders = fs.readdirSync(FIXTURE_ROOT).filter((f) => familyFolders.has(f) && fs.statSync(`${FIXTURE_ROOT}/${f}`).isDirectory()).sort();

describe('decoder detection is specific', () => {
  for (const lhost of LHOSTS.filter((l) => !genericReaders.has(l.id))) {
    it(`${lhost.id} claims no other family's fixture`, async () => {
      const own = new Set([lhost.id, ...(sharedFolders[lhost.id] ?? [])]);
      const claimed: string[] = [];
      for (const folder of folders.filter((f) => !own.has(f))) {
        for (const name of fixtureNames(folder)) {
          if (lhost.detect(await parseRawMail(readFixture(folder, name)))) claimed.push(`${folder}/${name}`);
        }
      }
      expect(claimed).toEqual([]);
    });
  }

  it('no decoder at all claims a non-bounce', async () => {
    for (const name of fixtureNames('not-bounce')) {
      const mail = await parseRawMail(readFixture('not-bounce', name));
      expect(LHOSTS.filter((l) => l.detect(mail)).map((l) => l.id), name).toEqual([]);
    }
  });
});
