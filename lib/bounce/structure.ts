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
 */
import { MAX_HEADER_FIELDS, MAX_MIME_PARTS } from './limits';

export type StructureVerdict = { ok: true; parts: number; headerFields: number } | { ok: false; cause: 'too-many-parts' | 'too-many-headers'; detail: string };

/** RFC 2046 §5.1.1: a boundary is 1–70 characters; a delimiter line is "--" + boundary [+ "--"] + blanks. */
const MAX_BOUNDARY = 70;

const LF = 0x0a;
const CR = 0x0d;
const DASH = 0x2d;
const EQUALS = 0x3d;

function isBlank(byte: number | undefined): boolean {
  return byte === 0x20 || byte === 0x09 || byte === CR;
}

/** Lowercase ASCII "boundary" at `at`? */
function isBoundaryWord(bytes: Uint8Array, at: number): boolean {
  const word = 'boundary';
  for (let i = 0; i < word.length; i++) {
    if (((bytes[at + i] ?? 0) | 0x20) !== word.charCodeAt(i)) return false;
  }
  return true;
}

/** The boundary value after "boundary" at `at` (`= "value"` or `= value`), or ''. */
function boundaryValue(bytes: Uint8Array, at: number): string {
  let i = at + 8;
  while (isBlank(bytes[i])) i++;
  if (bytes[i] !== 0x3d) return '';
  i++;
  while (isBlank(bytes[i])) i++;
  const quoted = bytes[i] === 0x22;
  if (quoted) i++;
  let value = '';
  for (; i < bytes.length && value.length <= MAX_BOUNDARY; i++) {
    const b = bytes[i] ?? 0;
    if (b === LF || (quoted ? b === 0x22 : b === 0x3b || isBlank(b))) break;
    value += String.fromCharCode(b);
  }
  return value.length <= MAX_BOUNDARY ? value : '';
}

/** The boundary a line "--boundary[--][blanks]" (bytes [start, end)) names, or ''. */
function delimiterOf(bytes: Uint8Array, start: number, end: number): string {
  let stop = end;
  while (stop > start && isBlank(bytes[stop - 1])) stop--;
  if (stop - start > MAX_BOUNDARY + 4) return '';
  let line = '';
  for (let i = start + 2; i < stop; i++) line += String.fromCharCode(bytes[i] ?? 0);
  return line;
}

/** Counts parts and header fields in one pass; stops at the first limit passed. */
export function checkStructure(bytes: Uint8Array): StructureVerdict {
  const boundaries = new Set<string>();
  let parts = 0;
  let headerFields = 0;
  let inHeaders = true;
  let nextEquals = bytes.indexOf(EQUALS);
  for (let start = 0; start < bytes.length; ) {
    let end = bytes.indexOf(LF, start);
    if (end < 0) end = bytes.length;
    // Boundaries declared on this line (several "boundary=" are possible; each is read once):
    // found from their "=" (a native search) rather than by testing every byte for a "b",
    // which made this pre-scan a byte loop over the whole mail.
    // nextEquals is the first "=" at or after the line's start (-1: none left in the mail), so
    // the search never runs past a line more than once.
    if (nextEquals >= 0 && nextEquals < start) nextEquals = bytes.indexOf(EQUALS, start);
    for (; nextEquals >= 0 && nextEquals < end; nextEquals = bytes.indexOf(EQUALS, nextEquals + 1)) {
      let word = nextEquals;
      while (word > start && isBlank(bytes[word - 1])) word--;
      word -= 8;
      if (word >= start && isBoundaryWord(bytes, word)) {
        const value = boundaryValue(bytes, word);
        if (value) boundaries.add(value);
      }
    }
    const first = bytes[start];
    if (first === DASH && bytes[start + 1] === DASH && boundaries.size > 0) {
      const named = delimiterOf(bytes, start, end);
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
        start = end + 1;
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
    start = end + 1;
  }
  return { ok: true, parts, headerFields };
}
