/**
 * The reason vocabulary: Sisimai 5.6's reason names, spelt as Sisimai spells them
 * (https://libsisimai.org/en/reason/, 34 reasons; `suppressed` is Sisimai's own
 * "skipped by the sending service" result and is kept so that ESP bounces map 1:1).
 * One spelling everywhere: the union member, the module file, the explanation key.
 */
export const REASON_IDS = [
  // the address itself
  'userunknown',
  'hostunknown',
  'hasmoved',
  'notaccept',
  'filtered',
  'rejected',
  'mailboxfull',
  'suspend',
  'suppressed',
  // the message
  'emailtoolarge',
  'contenterror',
  'virusdetected',
  'spamdetected',
  'notcompliantrfc',
  // the sender or its server
  'blocked',
  'badreputation',
  'authfailure',
  'requireptr',
  'policyviolation',
  'securityerror',
  'norelaying',
  'ratelimited',
  'failedstarttls',
  // the path between the servers
  'expired',
  'networkerror',
  'systemerror',
  'systemfull',
  'mailererror',
  'syntaxerror',
  // not enough to decide
  'onhold',
  'undefined',
  // not failures
  'delivered',
  'vacation',
  'feedback',
] as const;

export type ReasonId = (typeof REASON_IDS)[number];

const reasonIdSet: ReadonlySet<string> = new Set(REASON_IDS);

export function isReasonId(value: string): value is ReasonId {
  return reasonIdSet.has(value);
}

/**
 * Sisimai 5.1 names retired in 5.6.0 (release notes, 2026-02-02), folded onto the 5.6 names.
 * Used when reading labels or imported data written with the old names.
 */
export const RETIRED_REASON_NAMES: Readonly<Record<string, ReasonId>> = {
  mesgtoobig: 'emailtoolarge',
  exceedlimit: 'emailtoolarge',
  speeding: 'ratelimited',
  toomanyconn: 'ratelimited',
};

/** Reads a reason name in either vocabulary; unknown names give undefined. */
export function toReasonId(name: string): ReasonId | undefined {
  const lower = name.trim().toLowerCase();
  if (isReasonId(lower)) return lower;
  return RETIRED_REASON_NAMES[lower];
}
