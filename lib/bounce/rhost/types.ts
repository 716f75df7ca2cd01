import type { ReasonFacts } from '../reasons/types';
import type { ReasonId } from '../reasons/taxonomy';

/** What a provider rule reads: the reason facts plus where the reply came from. */
export interface RhostFacts extends ReasonFacts {
  /** The remote MTA's host name, lowercased ('' when unknown). */
  remoteHost: string;
  /** The recipient's domain, lowercased. */
  domain: string;
}

export interface RhostVerdict {
  reason: ReasonId;
  /** The provider's code or phrase that decided. */
  matched: string;
}

/**
 * A big receiver whose replies carry its own codes or wordings (Sisimai rhost behaviour):
 * when the reply came from one of its hosts (or the recipient is in one of its domains),
 * its table is read before the generic reasons.
 */
export interface Rhost {
  readonly id: string;
  /** Host-name suffixes of its MTAs, e.g. ".protection.outlook.com". */
  readonly hosts: readonly string[];
  /** Recipient-domain suffixes it serves, when the host is not in the bounce. */
  readonly domains: readonly string[];
  /** Its verdict, or undefined to leave the decision to the generic reasons. */
  decide(facts: RhostFacts): RhostVerdict | undefined;
}

export { matchByReason, type PhrasesByReason } from '../message-table';
