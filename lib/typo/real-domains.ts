import providerDomains from 'email-providers/all.json';

/**
 * Real mail-provider domains from outside our own table, so that the typo engine never
 * "corrects" a real domain it happens not to know (outlook.at, outlook.ie, outlook.pt →
 * outlook.jp; hotmail.co.il → hotmail.co.jp; email.cz → email.com, issue 13). The list is the
 * `email-providers` npm package's all.json (derhuerst/email-providers, ISC licence, notice in
 * tests/fixtures/README.md and docs/design.md): 8,760 domains, compiled from the free-mail and
 * disposable-mail lists it cites. It is a build-time input: the bundler inlines the JSON into
 * the bundles that import lib/typo (the background and the sidebar UI), never into the
 * always-loaded content scripts.
 *
 * The package lists every domain that receives mail, including typo-squats of big providers
 * (gmai.com accepted the personal data of a prefecture in 2021, peers.md §4). Those must still
 * be corrected, so they are named here: each is one keystroke from gmail.com, hotmail.com or
 * yahoo.com and runs no mail service of its own that a Japanese office writes to.
 */
export const TYPO_SQUAT_DOMAINS: readonly string[] = [
  'gamil.com', 'gmai.com', 'gmail.co', 'gmail.com.com', 'gmail.om', 'gmal.com', 'gmial.com',
  'homail.com', 'hotmai.com', 'hotmail.cm', 'hotmail.con', 'hotmial.com',
  'vahoo.com', 'yaho.com', 'yahoo.om',
];

let real: ReadonlySet<string> | undefined;

/**
 * The set, built on first use: a module that imports lib/typo without asking about a domain (a
 * content script reaching lib/explain through the tracker's storage module) then carries no
 * list at all, since the bundler drops an unused JSON import (always-loaded content scripts
 * stay ≤ 70 KB gzip).
 */
function realDomains(): ReadonlySet<string> {
  if (!real) {
    const squats = new Set(TYPO_SQUAT_DOMAINS);
    real = new Set(providerDomains.filter((domain) => !squats.has(domain)));
  }
  return real;
}

/** True for a real provider domain of the list (a typo-squat is not one). Expects a lowercased domain. */
export function isListedProviderDomain(domain: string): boolean {
  return realDomains().has(domain);
}

/** How many real domains the list holds (for the docs and the table test). */
export function listedProviderCount(): number {
  return realDomains().size;
}
