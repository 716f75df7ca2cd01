import { checkRecipient, guardKey, type GuardWarning, type TrackedFacts } from '@/lib/guard';
import { decodeTrackedList } from '@/lib/tracker/migrations';
import type { TrackedRecipient } from '@/lib/tracker/model';
import { readSettings, readTrackedValue } from '@/lib/tracker/storage';
import { MAX_CHECKED_ADDRESSES } from './protocol';

// The background's side of the pre-send guard: the tracked list, indexed by address, answers
// for the addresses of one compose window. The index is rebuilt only when the stored list
// changed (a compose window asks at every chip; decoding 10,000 recipients takes ~100 ms).

let index: { stored: unknown; byAddress: ReadonlyMap<string, TrackedFacts> } | undefined;

function factsOf(entry: TrackedRecipient): TrackedFacts | undefined {
  if (entry.state !== 'hard' && entry.state !== 'soft') return undefined;
  const facts: TrackedFacts = {
    address: entry.address,
    state: entry.state,
    reason: entry.lastReason,
    lastSeen: entry.lastSeen,
    softRun: entry.softRun,
    totalBounces: entry.totalBounces,
  };
  if (entry.flaggedAt !== undefined) facts.flaggedAt = entry.flaggedAt;
  if (entry.suggested) facts.suggested = entry.suggested;
  return facts;
}

async function trackedIndex(): Promise<ReadonlyMap<string, TrackedFacts>> {
  const stored = await readTrackedValue();
  if (index && index.stored === stored) return index.byAddress;
  const byAddress = new Map<string, TrackedFacts>();
  for (const entry of decodeTrackedList(stored)) {
    const facts = factsOf(entry);
    if (facts) byAddress.set(guardKey(entry.address), facts);
  }
  index = { stored, byAddress };
  return byAddress;
}

/** The warnings for these addresses (none for a valid, unflagged one); nothing at all while the guard is off. */
export async function checkRecipients(addresses: readonly unknown[]): Promise<GuardWarning[]> {
  const settings = await readSettings();
  if (!settings.guardEnabled) return [];
  const byAddress = await trackedIndex();
  const warnings: GuardWarning[] = [];
  const seen = new Set<string>();
  for (const address of addresses.slice(0, MAX_CHECKED_ADDRESSES)) {
    if (typeof address !== 'string' || seen.has(address)) continue;
    seen.add(address);
    const warning = checkRecipient(address, byAddress.get(guardKey(address)), { softWarns: settings.guardSoftWarns });
    if (warning) warnings.push(warning);
  }
  return warnings;
}
