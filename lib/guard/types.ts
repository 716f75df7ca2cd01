import type { ReasonId } from '@/lib/bounce/types';
import type { TypoFix } from '@/lib/typo/types';

/**
 * What the tracker knows about one address, and only that: the background answers it for the
 * addresses of an open compose window (lib/messaging/guard-lookup.ts), so the webmail's page
 * never holds the tracked list. Only open problems are answered: a hard flag or a soft run.
 */
export interface TrackedFacts {
  address: string;
  state: 'hard' | 'soft';
  /** The latest bounce's reason (Sisimai's name). */
  reason: ReasonId;
  /** Date of the latest counted bounce (epoch ms). */
  lastSeen: number;
  /** When it was flagged hard (epoch ms). */
  flaggedAt?: number;
  softRun: number;
  totalBounces: number;
  /** The tracker's corrected address, when the bounce pointed at a typo. */
  suggested?: string;
}

/** Why an address cannot be delivered as written. */
export type AddressProblem =
  | 'full-width' // full-width letters or ＠ (typed with a Japanese IME)
  | 'space' // a space inside the address
  | 'domain-dots' // `..`, or a dot at the end, in the domain
  | 'local-dots'; // `..`, `.@` or a leading dot in the local part: refused by Gmail since 2015 (peers.md §4)

export const ADDRESS_PROBLEMS: readonly AddressProblem[] = ['full-width', 'space', 'domain-dots', 'local-dots'];

/** One warning for one recipient, the most serious that applies (see checkRecipient). */
export type GuardWarning =
  | {
      kind: 'flagged';
      address: string;
      reason: ReasonId;
      /** When it bounced: the flagging bounce, else the latest. */
      bouncedAt: number;
      totalBounces: number;
      suggested?: string;
    }
  | { kind: 'undeliverable'; address: string; problems: readonly AddressProblem[]; suggested?: string }
  | { kind: 'typo'; address: string; suggested: string; fixes: readonly TypoFix[] }
  | { kind: 'soft'; address: string; reason: ReasonId; softRun: number; lastSeen: number; totalBounces: number };

export type GuardWarningKind = GuardWarning['kind'];

/** The user's guard settings that change what warns. */
export interface GuardOptions {
  /** Whether a run of soft bounces warns (a milder note); hard flags always do. */
  softWarns: boolean;
}
