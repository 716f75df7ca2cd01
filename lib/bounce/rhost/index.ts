/**
 * Provider rules, tried when a reply came from one of their hosts (or the recipient is in one of
 * their domains) before the generic reasons. One file per provider; this list is the registry.
 */
import { cox } from './cox';
import { franceptt } from './franceptt';
import { godaddy } from './godaddy';
import { google } from './google';
import { iua } from './iua';
import { kddi } from './kddi';
import { microsoft } from './microsoft';
import { mimecast } from './mimecast';
import { nttdocomo } from './nttdocomo';
import { tencent } from './tencent';
import type { Rhost } from './types';
import { yahooinc } from './yahooinc';

export type { Rhost, RhostFacts, RhostVerdict } from './types';

export const RHOSTS: readonly Rhost[] = [google, microsoft, yahooinc, kddi, nttdocomo, franceptt, godaddy, cox, iua, mimecast, tencent];

function endsWithHost(host: string, suffix: string): boolean {
  return suffix.startsWith('.') ? host.endsWith(suffix) : host === suffix || host.endsWith(`.${suffix}`);
}

/** The provider whose hosts (first) or domains serve this recipient, if any. */
export function findRhost(remoteHost: string, domain: string): Rhost | undefined {
  if (remoteHost) {
    for (const rhost of RHOSTS) if (rhost.hosts.some((suffix) => endsWithHost(remoteHost, suffix))) return rhost;
  }
  if (domain) {
    for (const rhost of RHOSTS) if (rhost.domains.some((suffix) => domain === suffix || domain.endsWith(`.${suffix}`))) return rhost;
  }
  return undefined;
}
