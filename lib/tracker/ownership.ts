import type { ClassifiedReport, OriginalMessage } from '@/lib/bounce/types';
import { normalizeAddress } from './model';

// Whose mail a bounce answers. A bounce is a mail anyone can send: a spammer forges one to get a
// link read ("backscatter"), or a server bounces a mail that only claimed the user's address.
// Only the returned original tells, so the decision reads its sender fields against the user's
// own addresses (the open account, the aliases listed in the options page, the accounts seen):
// - ours: the original (or its headers) came back, sent From, by Sender or with the Return-Path
//   of one of those addresses: recorded as verified;
// - not-ours: the original came back, sent by someone else: explained, never recorded;
// - unknown: nothing of the original came back (or no own address is known): recorded, unverified.
// Pure: no DOM, no storage.

export type Ownership = 'ours' | 'not-ours' | 'unknown';

/** Domains where dots in the local part do not matter and +tags reach the same mailbox (Gmail's rule). */
const DOTLESS_DOMAINS = new Set(['gmail.com', 'googlemail.com']);

/**
 * One spelling per mailbox, for comparison only: lowercased (most providers ignore case, and a
 * bounce answered as ours when in doubt costs less than one explained away), a `+tag`
 * sub-address (RFC 5233) removed, Gmail's dots removed and googlemail.com read as gmail.com.
 */
export function mailboxOf(raw: string): string | undefined {
  const address = normalizeAddress(raw);
  if (!address) return undefined;
  const at = address.lastIndexOf('@');
  let local = address.slice(0, at).toLowerCase();
  let domain = address.slice(at + 1);
  const plus = local.indexOf('+');
  if (plus > 0) local = local.slice(0, plus);
  if (DOTLESS_DOMAINS.has(domain)) {
    local = local.replaceAll('.', '');
    domain = 'gmail.com';
  }
  return `${local}@${domain}`;
}

/** The original's sender addresses as it names them: From, Sender, Return-Path (an empty one, `<>`, names none). */
export function originalSenders(original: OriginalMessage | undefined): string[] {
  if (!original) return [];
  return [original.from, original.sender, original.returnPath].flatMap((value) => {
    const mailbox = value ? mailboxOf(value) : undefined;
    return mailbox ? [mailbox] : [];
  });
}

/** Whose mail the report answers; `ownAddresses` are the user's (any spelling, invalid ones ignored). */
export function decideOwnership(report: Pick<ClassifiedReport, 'original'>, ownAddresses: readonly string[]): Ownership {
  const senders = originalSenders(report.original);
  if (senders.length === 0) return 'unknown';
  const own = new Set(ownAddresses.flatMap((address) => mailboxOf(address) ?? []));
  // Without any own address there is nothing to compare with: unverified, not refused.
  if (own.size === 0) return 'unknown';
  return senders.some((sender) => own.has(sender)) ? 'ours' : 'not-ours';
}
