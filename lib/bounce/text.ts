/**
 * Small text helpers shared by the decoders: line splitting with the line cap, whitespace
 * squeezing, in-order phrase matching, forwarded-quote removal.
 */
import { MAX_LINE_LENGTH } from './limits';

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
  /**
   * Literals that rule the whole table out: a text holding one of them matches none of its
   * phrases (Sisimai's "isnot" lists, e.g. "recipient address rejected" is no sender refusal).
   */
  readonly excluded?: readonly string[];
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
    expression = literalAlternation([...table.phrases, ...ordered.map((parts) => parts[0] ?? '')]) ?? /^/;
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
  if (table.excluded && containsAny(lowered, table.excluded)) return '';
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

// Addresses live in address.ts; the decoders import them from here with the other text helpers.
export { ADDRESS_PATTERN, QUOTED_ADDRESS_PATTERN, addressOccurrences, domainOf, findAddress, findAddresses } from './address';

/**
 * Lines that introduce a forwarded message in mail clients (Apple Mail, Gmail, Outlook), or a
 * quoted one in a reply ("On <date>, <sender> wrote:", the attribution line of Gmail, Apple Mail
 * and Thunderbird). Read line by line: the pattern this replaces,
 * /^(?:begin forwarded message:|-{2,} ?forwarded message ?-{2,}|-{2,} ?original message ?-{2,}|on [^\n]{1,300} wrote:)\s*$/im,
 * tried up to 300 characters from every line start, and a text of short lines ("ON \r" repeated,
 * recheck's attack) made that 75 steps per character. Lines are cut at "\n" (a CR is a trailing
 * blank); a marker line is one of these, blanks after it allowed, compared without case.
 */
function isForwardMarker(line: string): boolean {
  const text = line.trimEnd();
  const lower = text.toLowerCase();
  if (lower === 'begin forwarded message:') return true;
  // "on [^\n]{1,300} wrote:"
  if (lower.startsWith('on ')) return lower.endsWith(' wrote:') && text.length >= 11 && text.length <= 310;
  // "-{2,} ?(forwarded|original) message ?-{2,}": dashes, the words, dashes, nothing else.
  let from = 0;
  while (lower[from] === '-') from++;
  if (from < 2) return false;
  if (lower[from] === ' ') from++;
  let to = lower.length;
  while (to > from && lower[to - 1] === '-') to--;
  if (lower.length - to < 2) return false;
  if (lower[to - 1] === ' ') to--;
  const words = lower.slice(from, to);
  return words === 'forwarded message' || words === 'original message';
}

/**
 * True when a line starting with this character code can be a forward marker: every marker
 * begins with "-", "b" or "o" of either case (lowercasing keeps the first character; no other
 * character lowercases to one of these), so the other lines are not sliced and lowercased.
 */
function canStartMarker(code: number): boolean {
  return code === 0x2d || (code | 0x20) === 0x62 || (code | 0x20) === 0x6f;
}

/** The end of the first forward-marker line (before its line break), or -1 when there is none. */
function forwardMarkerEnd(body: string): number {
  for (let start = 0; start <= body.length; ) {
    const lineEnd = body.indexOf('\n', start);
    const end = lineEnd < 0 ? body.length : lineEnd;
    if (canStartMarker(body.charCodeAt(start)) && isForwardMarker(body.slice(start, end))) return end;
    if (lineEnd < 0) break;
    start = lineEnd + 1;
  }
  return -1;
}

/**
 * A bounce forwarded by a person comes back quoted ("> The original message was received
 * at ..."); the quote marks hide its structure from the decoders. After a forward marker, one
 * level of "> " quoting is removed when most lines carry it.
 */
export function unquoteForwarded(body: string): string {
  const start = forwardMarkerEnd(body);
  if (start < 0) return body;
  const rest = body.slice(start).split('\n');
  const quoted = rest.filter((line) => line.startsWith('>')).length;
  if (quoted < 5 || quoted < rest.filter((line) => line.trim() !== '').length / 2) return body;
  return body.slice(0, start) + rest.map((line) => line.replace(/^> ?/, '')).join('\n');
}
