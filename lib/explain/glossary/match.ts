import type { Lang } from '@/lib/i18n/lang';
import type { GlossaryMatch } from '../types';
import { codeTerms } from './codes';
import { phraseTerms } from './phrases';
import type { GlossaryEntry } from './types';

export const GLOSSARY: readonly GlossaryEntry[] = [...codeTerms, ...phraseTerms];

/**
 * Bounce text is attacker-controlled and can be megabytes long: only its start is scanned.
 * The decisive lines (Status, Diagnostic-Code, the MTA's summary) come first in every
 * format we know, well within this many characters.
 */
export const MAX_GLOSSARY_SCAN_CHARS = 32_768;

/**
 * The text lowercased (ASCII only, so every index still maps to one character) with runs of
 * whitespace folded to one space, so a phrase split across folded header lines still matches.
 * `origin[i]` is the index in the original text of normalised character i.
 */
function normalise(text: string): { folded: string; origin: number[] } {
  const chars: string[] = [];
  const origin: number[] = [];
  let inSpace = false;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code === 32 || code === 9 || code === 10 || code === 13) {
      if (!inSpace) {
        chars.push(' ');
        origin.push(i);
      }
      inSpace = true;
      continue;
    }
    inSpace = false;
    chars.push(code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : text.charAt(i));
    origin.push(i);
  }
  return { folded: chars.join(''), origin };
}

const isDigit = (char: string | undefined): boolean => char !== undefined && char >= '0' && char <= '9';
const isWordChar = (char: string | undefined): boolean => isDigit(char) || (char !== undefined && char >= 'a' && char <= 'z');

/**
 * Codes must stand alone: "5.1.1" does not match inside "5.1.10", nor "550" inside "15501".
 * Words must too: "spam" does not match inside "spamhaus".
 */
function standsAlone(text: string, start: number, end: number, isCode: boolean): boolean {
  const before = text[start - 1];
  const after = text[end];
  if (isCode) {
    const continuesCode = isDigit(after) || (after === '.' && isDigit(text[end + 1]));
    return !isDigit(before) && before !== '.' && !continuesCode;
  }
  return !isWordChar(before) && !isWordChar(after);
}

function firstOccurrence(text: string, needle: string): number {
  const isCode = isDigit(needle[0]);
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
    if (standsAlone(text, at, at + needle.length, isCode)) return at;
  }
  return -1;
}

interface Found {
  entry: GlossaryEntry;
  start: number;
  end: number;
}

/**
 * The glossary terms present in a bounce text, in the order they appear, each once. A term
 * found only inside a longer one ("access denied" inside "relay access denied") is left out.
 * Work is linear in the scanned length times the (fixed) number of spellings.
 */
export function findGlossaryTerms(text: string, lang: Lang): GlossaryMatch[] {
  const source = text.slice(0, MAX_GLOSSARY_SCAN_CHARS);
  const { folded, origin } = normalise(source);
  const found: Found[] = [];
  for (const entry of GLOSSARY) {
    let best: Found | undefined;
    for (const variant of entry.variants ?? [entry.term.toLowerCase()]) {
      const start = firstOccurrence(folded, variant);
      if (start === -1) continue;
      const candidate = { entry, start, end: start + variant.length };
      if (!best || candidate.start < best.start || (candidate.start === best.start && candidate.end > best.end)) best = candidate;
    }
    if (best) found.push(best);
  }
  const standalone = found.filter(
    (inner) => !found.some((outer) => outer !== inner && outer.start <= inner.start && outer.end >= inner.end && outer.end - outer.start > inner.end - inner.start),
  );
  standalone.sort((a, b) => a.start - b.start || b.end - a.end);
  return standalone.map(({ entry, start, end }) => ({
    matched: source.slice(origin[start] ?? 0, (origin[end - 1] ?? 0) + 1),
    term: entry.term,
    meaning: entry.meaning[lang],
  }));
}
