/**
 * Small text helpers shared by the decoders: line splitting with the line cap, whitespace
 * squeezing, in-order phrase matching, and e-mail address extraction.
 */
import { MAX_ADDRESSES, MAX_ADDRESSES_SCANNED, MAX_LINE_LENGTH } from './limits';

/** Splits on CRLF, LF or CR and cuts every line at MAX_LINE_LENGTH. */
export function splitLines(text: string): string[] {
  const lines = text.split(/\r\n|\r|\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.length > MAX_LINE_LENGTH) lines[i] = line.slice(0, MAX_LINE_LENGTH);
  }
  return lines;
}

/** Collapses every run of whitespace into one space and trims the ends. */
export function squeeze(text: string): string {
  // Only runs of two or more, and lone tabs or line breaks, need replacing: the same result as
  // replacing every /\s+/, at half the cost (single spaces, the common case, stay untouched).
  return text.replace(/\s{2,}|[^\S ]/g, ' ').trim();
}

/**
 * True when every part occurs in `text`, in the given order (Sisimai calls this "aligned").
 * Phrase tables use it for messages with a variable middle, e.g. ["user ", " does not exist"].
 */
export function containsInOrder(text: string, parts: readonly string[]): boolean {
  let from = 0;
  for (const part of parts) {
    const at = text.indexOf(part, from);
    if (at < 0) return false;
    from = at + part.length;
  }
  return true;
}

/** A phrase table: literal substrings, and ordered part lists for phrases with a variable middle. */
export interface PhraseTable {
  readonly phrases: readonly string[];
  readonly ordered?: readonly (readonly string[])[];
}

const compiledPhrases = new WeakMap<readonly string[], RegExp | null>();

function literalAlternation(literals: readonly string[]): RegExp | null {
  return literals.length === 0 ? null : new RegExp(literals.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));
}

/**
 * One regular expression per phrase list, the literals escaped and joined: a single scan of
 * the text instead of one `includes` per phrase (ten times faster on the reason tables, which
 * every recipient goes through). Built on first use and kept.
 */
export function phraseExpression(phrases: readonly string[]): RegExp | null {
  let expression = compiledPhrases.get(phrases);
  if (expression === undefined) {
    expression = literalAlternation(phrases);
    compiledPhrases.set(phrases, expression);
  }
  return expression;
}

/**
 * Per table with ordered lists, the literals that any match must contain: every phrase and the
 * first part of every ordered list. Most texts match none of a table, and one scan then answers
 * for all of it. (Ordered lists stay with containsInOrder, which is linear; a lazy `a.*?b`
 * pattern is not.)
 */
const orderedPrefilters = new WeakMap<PhraseTable, RegExp>();

function prefilterOf(table: PhraseTable, ordered: readonly (readonly string[])[]): RegExp {
  let expression = orderedPrefilters.get(table);
  if (!expression) {
    expression = literalAlternation([...table.phrases, ...ordered.map((parts) => parts[0] ?? '')]) ?? /(?:)/;
    orderedPrefilters.set(table, expression);
  }
  return expression;
}

/** True when `text` contains one of `literals` (one scan with their cached expression). */
export function containsAny(text: string, literals: readonly string[]): boolean {
  return phraseExpression(literals)?.test(text) ?? false;
}

/**
 * Answers for the text asked about last: deciding one recipient asks about the same diagnosis
 * again and again (the first pass, then rules that rule others out), often with the same table.
 */
let lastText = '';
const lastAnswers = new Map<PhraseTable, string>();

/**
 * A phrase of the table found in `lowered` (already lowercased), or '' when none: the leftmost
 * occurrence (at one position, the phrase listed first), else the first ordered list that occurs.
 */
export function matchPhrase(lowered: string, table: PhraseTable): string {
  if (lowered !== lastText) {
    lastText = lowered;
    lastAnswers.clear();
  }
  let answer = lastAnswers.get(table);
  if (answer === undefined) {
    answer = scanPhrase(lowered, table);
    lastAnswers.set(table, answer);
  }
  return answer;
}

/** matchPhrase without the memo: the table's own expressions. */
function scanPhrase(lowered: string, table: PhraseTable): string {
  const ordered = table.ordered;
  if (ordered && ordered.length > 0 && !prefilterOf(table, ordered).test(lowered)) return '';
  const found = phraseExpression(table.phrases)?.exec(lowered);
  if (found) return found[0];
  for (const parts of ordered ?? []) if (containsInOrder(lowered, parts)) return parts.join('…');
  return '';
}

/** Returns the part of `text` before the first marker found, or all of it. */
export function cutBefore(text: string, markers: readonly string[]): string {
  let end = text.length;
  for (const marker of markers) {
    const at = text.indexOf(marker);
    if (at >= 0 && at < end) end = at;
  }
  return text.slice(0, end);
}

/** RFC 5321 §4.5.3.1: a local part has at most 64 octets, a domain at most 255. */
const LOCAL_PART_MAX = 64;
const DOMAIN_MAX = 255;

/** Characters that may not appear in a bare local part as bounces print it. */
function isLocalChar(code: number): boolean {
  // space and controls, < > " ' ( ) , ; : [ ] and @ end a local part
  return code > 0x20 && code !== 0x7f && code !== 0x3c && code !== 0x3e && code !== 0x22 && code !== 0x27 && code !== 0x28 && code !== 0x29 && code !== 0x2c && code !== 0x3b && code !== 0x3a && code !== 0x5b && code !== 0x5d && code !== 0x40;
}

function isDomainChar(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x2d || code === 0x2e;
}

const domainShape = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)*[a-z0-9-]*[a-z0-9]$/i;

/**
 * Every addr-spec in `text`, as bounces print them: a local part without spaces or brackets,
 * "@", a dotted domain or an address literal. The scan starts from each "@" and walks outwards
 * within RFC 5321's length limits, so it stays linear however long and odd the text is (a
 * regular expression with a leading character class re-scans a long line from every position).
 */
function scanAddresses(text: string, limit: number): string[] {
  const found: string[] = [];
  let at = text.indexOf('@');
  while (at >= 0 && found.length < limit) {
    let start = at;
    while (start > 0 && at - start < LOCAL_PART_MAX + 32 && isLocalChar(text.charCodeAt(start - 1))) start--;
    let end = at + 1;
    if (text.charCodeAt(end) === 0x5b) {
      const close = text.indexOf(']', end);
      end = close > 0 && close - end < 48 && /^\[[0-9a-f.:]+\]$/i.test(text.slice(end, close + 1)) ? close + 1 : end;
    } else {
      while (end < text.length && end - at <= DOMAIN_MAX && isDomainChar(text.charCodeAt(end))) end++;
      while (end > at + 1 && (text.charCodeAt(end - 1) === 0x2e || text.charCodeAt(end - 1) === 0x2d)) end--;
    }
    const domain = text.slice(at + 1, end);
    if (start < at && domain && (domain.startsWith('[') || domainShape.test(domain))) found.push(text.slice(start, end));
    at = text.indexOf('@', Math.max(at + 1, end));
  }
  return found;
}

/** Normalises an address the way Sisimai reports it: no brackets, quotes or trailing dots; lowercase. */
export function normaliseAddress(address: string): string {
  return address
    .trim()
    .replace(/^[<"'(]+|[>"').,;:]+$/g, '')
    .replace(/^mailto:/i, '')
    .toLowerCase();
}

// scanAddresses yields no brackets, quotes, spaces, colons or trailing dots (isLocalChar,
// isDomainChar), so lowercasing is all that normaliseAddress would still do to its output.

/** The first e-mail address in `text`, normalised, or '' when none. */
export function findAddress(text: string): string {
  return scanAddresses(text, 1)[0]?.toLowerCase() ?? '';
}

/** Every e-mail address in `text`, normalised, in order of appearance, without duplicates. */
export function findAddresses(text: string): string[] {
  const found = new Set<string>();
  for (const candidate of scanAddresses(text, MAX_ADDRESSES_SCANNED)) {
    found.add(candidate.toLowerCase());
    if (found.size >= MAX_ADDRESSES) break;
  }
  return [...found];
}

/** The domain of an address, lowercased, or ''. */
export function domainOf(address: string): string {
  const at = address.lastIndexOf('@');
  return at < 0 ? '' : address.slice(at + 1).toLowerCase();
}

/** Lines that introduce a forwarded message in mail clients (Apple Mail, Gmail, Outlook). */
const forwardMarker = /^(?:begin forwarded message:|-{2,} ?forwarded message ?-{2,}|-{2,} ?original message ?-{2,})\s*$/im;

/**
 * A bounce forwarded by a person comes back quoted ("> The original message was received
 * at ..."); the quote marks hide its structure from the decoders. After a forward marker, one
 * level of "> " quoting is removed when most lines carry it.
 */
export function unquoteForwarded(body: string): string {
  const marker = forwardMarker.exec(body);
  if (!marker) return body;
  const start = marker.index + marker[0].length;
  const rest = body.slice(start).split('\n');
  const quoted = rest.filter((line) => line.startsWith('>')).length;
  if (quoted < 5 || quoted < rest.filter((line) => line.trim() !== '').length / 2) return body;
  return body.slice(0, start) + rest.map((line) => line.replace(/^> ?/, '')).join('\n');
}
