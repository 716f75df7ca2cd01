import type { OriginalMessage } from '@/lib/bounce/types';
import { carrierOf } from '@/lib/typo/providers';
import { clampThreshold, DEFAULT_SOFT_TO_HARD_THRESHOLD } from '@/lib/tracker/model';
import { stillRetrying } from './story';
import type { ExplainContext, Signal, TextFacts } from './types';

/**
 * The tracker's rule, told in the texts: 5 soft bounces in a row count as one hard bounce
 * (seed article 000). The tracker's model owns the number and its allowed range.
 */
export const DEFAULT_SOFT_BOUNCE_LIMIT = DEFAULT_SOFT_TO_HARD_THRESHOLD;

/** Everything read from the mail is attacker-controlled: read only the start of it. */
const MAX_DIAGNOSTIC_CHARS = 4096;
const MAX_RECIPIENT_CHARS = 254; // RFC 5321 §4.5.3.1.3 path limit
const MAX_ATTACHMENT_NAMES = 3;
const MAX_ATTACHMENT_NAME_CHARS = 60;

/** Block lists (DNSBLs) named in rejections: lowercase needle → the name we show. */
const blocklistNames: readonly (readonly [string, string])[] = [
  ['spamhaus', 'Spamhaus'],
  ['barracuda', 'Barracuda'],
  ['spamcop', 'SpamCop'],
  ['sorbs', 'SORBS'],
  ['uceprotect', 'UCEPROTECT'],
  ['cloudmark', 'Cloudmark'],
  ['proofpoint', 'Proofpoint'],
  ['mimecast', 'Mimecast'],
];

/** The block lists a rejection names, e.g. ["Spamhaus"] (the diagnostic is read only at its start). */
export function namedBlocklists(diagnostic: string): string[] {
  const lower = diagnostic.slice(0, MAX_DIAGNOSTIC_CHARS).toLowerCase();
  return blocklistNames.filter(([needle]) => lower.includes(needle)).map(([, name]) => name);
}

/** A whole word in lowercase text, without a regex built from data. */
function hasWord(text: string, word: string): boolean {
  let from = text.indexOf(word);
  while (from !== -1) {
    const before = text.charCodeAt(from - 1);
    const after = text.charCodeAt(from + word.length);
    const isWordChar = (code: number): boolean => (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
    if (!isWordChar(before) && !isWordChar(after)) return true;
    from = text.indexOf(word, from + 1);
  }
  return false;
}

function validStatus(status: string | undefined): string {
  const trimmed = (status ?? '').trim();
  return /^[245]\.\d{1,3}\.\d{1,3}$/.test(trimmed) ? trimmed : '';
}

function validReplyCode(code: string | undefined): string {
  const trimmed = (code ?? '').trim();
  return /^[245]\d\d$/.test(trimmed) ? trimmed : '';
}

/** Printable text only, capped: file names come from the mail. */
function safeName(name: string): string {
  const printable = name.replace(/[\p{Cc}\p{Cf}]/gu, '').trim();
  return printable.length > MAX_ATTACHMENT_NAME_CHARS ? `${printable.slice(0, MAX_ATTACHMENT_NAME_CHARS - 1)}…` : printable;
}

interface SizeFacts {
  sizeBytes: number | undefined;
  sizeIsAttachments: boolean;
}

/** The attachments' total when every one has a size (that is what the sender can shrink), else the whole message's size. */
function sizeOf(original: OriginalMessage | undefined): SizeFacts {
  if (!original) return { sizeBytes: undefined, sizeIsAttachments: false };
  const sizes = original.attachments.map((a) => a.size);
  if (sizes.length > 0 && sizes.every((size): size is number => typeof size === 'number' && size >= 0)) {
    return { sizeBytes: sizes.reduce((sum, size) => sum + size, 0), sizeIsAttachments: true };
  }
  const whole = !original.truncated && typeof original.size === 'number' && original.size > 0 ? original.size : undefined;
  return { sizeBytes: whole, sizeIsAttachments: false };
}

function signalsOf(status: string, replyCode: string, diagnostic: string, action: string | undefined): Set<Signal> {
  const signals = new Set<Signal>();
  if (status.startsWith('4') || (!status && replyCode.startsWith('4'))) {
    // A 4xx code is retried by the sending server only until it reports a final failure (story.ts).
    signals.add(stillRetrying('4', action) ? 'temporary' : 'gave-up');
  }
  // Exchange Online NDR: "550 5.1.10 RESOLVER.ADR.RecipientNotFound"; its help says to clear the
  // Auto-Complete entry and retype the address (anchors.md §4, Microsoft).
  if (status === '5.1.10' || diagnostic.includes('resolver.adr.')) signals.add('autocomplete');
  if (diagnostic.includes('line too long')) signals.add('line-too-long');
  if (diagnostic.includes('gsmtp') || diagnostic.includes('support.google.com')) signals.add('gmail');
  return signals;
}

/** The domain of an address, lowercased; '' when it is not one (a From header comes from the mail). */
function domainOfAddress(address: string): string {
  const at = address.lastIndexOf('@');
  const domain = at > 0 ? address.slice(at + 1).trim().toLowerCase() : '';
  return /^[a-z0-9.-]{1,253}$/.test(domain) && domain.includes('.') ? domain : '';
}

export function clampSoftBounceLimit(limit: number | undefined): number {
  return limit === undefined ? DEFAULT_SOFT_BOUNCE_LIMIT : clampThreshold(limit);
}

export function factsFrom(context: ExplainContext = {}): TextFacts {
  const recipient = (context.recipient ?? '').trim().slice(0, MAX_RECIPIENT_CHARS);
  const at = recipient.lastIndexOf('@');
  const domain = at >= 0 ? recipient.slice(at + 1).toLowerCase() : '';
  const diagnostic = (context.diagnosticCode ?? '').slice(0, MAX_DIAGNOSTIC_CHARS).toLowerCase();
  const status = validStatus(context.status);
  const replyCode = validReplyCode(context.replyCode);
  const names = (context.original?.attachments ?? []).map((a) => safeName(a.filename)).filter((name) => name !== '');
  return {
    recipient,
    domain,
    carrier: domain ? carrierOf(domain) : undefined,
    status,
    replyCode,
    severity: context.severity,
    ...sizeOf(context.original),
    attachmentNames: names.slice(0, MAX_ATTACHMENT_NAMES),
    moreAttachments: Math.max(0, names.length - MAX_ATTACHMENT_NAMES),
    authChecks: ['spf', 'dkim', 'dmarc'].filter((word) => hasWord(diagnostic, word)).map((word) => word.toUpperCase()),
    blocklists: namedBlocklists(diagnostic),
    signals: signalsOf(status, replyCode, diagnostic, context.action),
    softBounceLimit: clampSoftBounceLimit(context.softBounceLimit),
    suggestion: context.suggestion,
    ownDomain: domainOfAddress(context.original?.from ?? ''),
    nonexistentDomain: context.nonexistentDomain ?? false,
  };
}

/**
 * notaccept is hard when its code is permanent (Sisimai's rule: a 5xx code, anchors.md §1.1);
 * the classifier's own severity wins when it gave one.
 */
export function isPermanentRefusal(facts: TextFacts): boolean {
  if (facts.severity) return facts.severity === 'hard';
  return !facts.signals.has('temporary') && (facts.status.startsWith('5') || facts.replyCode.startsWith('5'));
}
