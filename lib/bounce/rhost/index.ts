/**
 * Provider rules, tried when a reply came from one of their hosts (or the recipient is in one of
 * their domains) before the generic reasons. One file per provider; this list is the registry.
 */
import { apple } from './apple';
import { cox } from './cox';
import { franceptt } from './franceptt';
import { godaddy } from './godaddy';
import { google } from './google';
import { iua } from './iua';
import { kddi } from './kddi';
import { microsoft } from './microsoft';
import { mimecast } from './mimecast';
import { nttdocomo } from './nttdocomo';
import { spectrum } from './spectrum';
import { tencent } from './tencent';
import type { Rhost } from './types';
import { yahooinc } from './yahooinc';

export type { Rhost, RhostFacts, RhostVerdict } from './types';

export const RHOSTS: readonly Rhost[] = [google, microsoft, yahooinc, apple, kddi, nttdocomo, franceptt, godaddy, cox, spectrum, iua, mimecast, tencent];

/**
 * Each provider's suffixes, prepared once: a suffix with a leading dot matches any host under it;
 * one without matches itself and any host under it. (Built at load, so no lookup allocates.)
 */
interface SuffixTest {
  readonly exact: string;
  readonly dotted: string;
}

function suffixTests(suffixes: readonly string[]): SuffixTest[] {
  return suffixes.map((suffix) => (suffix.startsWith('.') ? { exact: '', dotted: suffix } : { exact: suffix, dotted: `.${suffix}` }));
}

const hostTests = RHOSTS.map((rhost) => suffixTests(rhost.hosts));
const domainTests = RHOSTS.map((rhost) => suffixTests(rhost.domains));

function matchesAny(name: string, tests: readonly SuffixTest[]): boolean {
  for (const test of tests) if (name === test.exact || name.endsWith(test.dotted)) return true;
  return false;
}

/** The provider whose hosts (first) or domains serve this recipient, if any. */
export function findRhost(remoteHost: string, domain: string): Rhost | undefined {
  if (remoteHost) {
    for (let i = 0; i < RHOSTS.length; i++) if (matchesAny(remoteHost, hostTests[i] ?? [])) return RHOSTS[i];
  }
  if (domain) {
    for (let i = 0; i < RHOSTS.length; i++) if (matchesAny(domain, domainTests[i] ?? [])) return RHOSTS[i];
  }
  return undefined;
}
