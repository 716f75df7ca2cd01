/**
 * A linear pre-scan of raw mail bytes that counts what postal-mime would have to build, before it
 * builds it: MIME parts (delimiter lines of a declared boundary) and header fields (in the mail's
 * header block and each part's). postal-mime's cost grows with both, and a crafted mail of
 * 10,000 sibling parts held the background for 24 s (issue 11); past the limits of limits.ts the
 * report is `unparsed` with the cause, as for a too-large mail.
 *
 * The count errs towards more, never fewer: any "boundary=" parameter anywhere declares a
 * boundary (a folded Content-Type, or one inside the returned original, which postal-mime keeps
 * as an attachment), so a real mail is never cut off because a boundary was missed.
 *
 * The scan reads the bytes as text (UTF-8, replacement characters for what is not): a string's
 * indexOf is a native search that V8 calls cheaply, where a Uint8Array's indexOf costs tens of
 * ns per call (one call per line and per "="), and outside header blocks the scan jumps from
 * "\n--" to "\n--". Every ASCII byte stays one character, in order, so lines, "boundary=" and
 * "--" are found as in the bytes; a non-ASCII boundary is measured in characters, never more
 * than its bytes, so the count can only err towards more. (TextDecoder 'latin1' would keep the
 * offsets, but node decodes non-ASCII bytes that way four times slower than UTF-8.) Over the
 * corpus: 2.9–3.6 → 1.2–1.35 ms (docs/classifier.md, "CLI speed, issue 10, third round").
 */
import { MAX_HEADER_FIELDS, MAX_MIME_PARTS } from './limits';

export type StructureVerdict = { ok: true; parts: number; headerFields: number } | { ok: false; cause: 'too-many-parts' | 'too-many-headers'; detail: string };

/** RFC 2046 §5.1.1: a boundary is 1–70 characters; a delimiter line is "--" + boundary [+ "--"] + blanks. */
const MAX_BOUNDARY = 70;

const LF = 0x0a;
const CR = 0x0d;

/** A BOM stays a character (a line of its own is not a blank line). */
const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });

function isBlank(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === CR;
}

/** Lowercase ASCII "boundary" at `at`? */
function isBoundaryWord(text: string, at: number): boolean {
  const word = 'boundary';
  for (let i = 0; i < word.length; i++) {
    if ((text.charCodeAt(at + i) | 0x20) !== word.charCodeAt(i)) return false;
  }
  return true;
}

/**
 * Offset of the "=" of the next boundary declaration ("boundary", blanks, "=", ASCII
 * case-insensitive) at or after `from`, or -1. Blanks hold no LF, so the word is on the "="'s line.
 */
function nextDeclaration(text: string, from: number): number {
  for (let equals = text.indexOf('=', from); equals >= 0; equals = text.indexOf('=', equals + 1)) {
    let word = equals;
    while (word > 0 && isBlank(text.charCodeAt(word - 1))) word--;
    word -= 8;
    if (word >= 0 && isBoundaryWord(text, word)) return equals;
  }
  return -1;
}

/** The boundary value after the "=" at `at` (` "value"` or ` value`), or ''. */
function boundaryValue(text: string, at: number): string {
  let i = at + 1;
  while (isBlank(text.charCodeAt(i))) i++;
  const quoted = text.charCodeAt(i) === 0x22;
  if (quoted) i++;
  const from = i;
  for (; i < text.length && i - from <= MAX_BOUNDARY; i++) {
    const c = text.charCodeAt(i);
    if (c === LF || (quoted ? c === 0x22 : c === 0x3b || isBlank(c))) break;
  }
  return i - from <= MAX_BOUNDARY ? text.slice(from, i) : '';
}

/** The boundary a line "--boundary[--][blanks]" ([start, end)) names, or ''. */
function delimiterOf(text: string, start: number, end: number): string {
  let stop = end;
  while (stop > start && isBlank(text.charCodeAt(stop - 1))) stop--;
  if (stop - start > MAX_BOUNDARY + 4) return '';
  return text.slice(start + 2, stop);
}

/**
 * The first line at or after the line start `from` that begins with "--", or `text.length`.
 * Outside header blocks only such lines matter, so the scan jumps to them.
 */
function nextDashLine(text: string, from: number): number {
  if (text.startsWith('--', from)) return from;
  const found = text.indexOf('\n--', from);
  return found < 0 ? text.length : found + 1;
}

/** Counts parts and header fields in one pass; stops at the first limit passed. */
export function checkStructure(bytes: Uint8Array): StructureVerdict {
  const text = utf8.decode(bytes);
  const boundaries = new Set<string>();
  let parts = 0;
  let headerFields = 0;
  let inHeaders = true;
  let nextEquals = nextDeclaration(text, 0);
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    // Boundaries declared up to this line's end: this line's and those of the body lines jumped
    // over (several are possible; each is read once).
    for (; nextEquals >= 0 && nextEquals < end; nextEquals = nextDeclaration(text, nextEquals + 1)) {
      const value = boundaryValue(text, nextEquals);
      if (value) boundaries.add(value);
    }
    const first = text.charCodeAt(start);
    if (boundaries.size > 0 && text.startsWith('--', start)) {
      const named = delimiterOf(text, start, end);
      if (boundaries.has(named)) {
        parts++;
        if (parts > MAX_MIME_PARTS) return { ok: false, cause: 'too-many-parts', detail: `more than ${MAX_MIME_PARTS} MIME parts` };
        inHeaders = true;
        start = end + 1;
        continue;
      }
      if (named.endsWith('--') && boundaries.has(named.slice(0, -2))) {
        // A closing delimiter: what follows is the epilogue, not a part's headers.
        inHeaders = false;
        start = nextDashLine(text, end + 1);
        continue;
      }
    }
    if (inHeaders) {
      if (end === start || (end === start + 1 && first === CR)) inHeaders = false;
      else if (!isBlank(first)) {
        headerFields++;
        if (headerFields > MAX_HEADER_FIELDS) return { ok: false, cause: 'too-many-headers', detail: `more than ${MAX_HEADER_FIELDS} header fields` };
      }
    }
    start = inHeaders ? end + 1 : nextDashLine(text, end + 1);
  }
  return { ok: true, parts, headerFields };
}
