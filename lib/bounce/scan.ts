/**
 * Line-wise readers for the shapes decoders used to match with patterns such as
 * /^\s*RCPT TO:\s*(.+)$/im. Over a crafted body those patterns backtrack: the blank run before the
 * value can be split against the value in many ways (issue 11). These read each line once.
 */

/**
 * The value after the first line that starts with `label` (ASCII, compared without case; with
 * `indented`, blanks may precede it): the rest of that line without leading blanks, or, when
 * nothing follows the label there, the next line with text. '' when no line has the label.
 */
export function valueAfterLabel(lines: readonly string[], label: string, indented = false): string {
  const upper = label.toUpperCase();
  for (let i = 0; i < lines.length; i++) {
    const line = indented ? (lines[i] ?? '').trimStart() : (lines[i] ?? '');
    if (line.slice(0, label.length).toUpperCase() !== upper) continue;
    let rest = line.slice(label.length).trimStart();
    for (let next = i + 1; !rest && next < lines.length; next++) rest = (lines[next] ?? '').trimStart();
    return rest.trimEnd();
  }
  return '';
}

const LINE_BREAKS = '\n\r\u2028\u2029';
const isBreak = (char: string | undefined): boolean => char !== undefined && char !== '' && LINE_BREAKS.includes(char);
const isBlankChar = (char: string | undefined): boolean => char !== undefined && /\s/.test(char);

function escapeLiteral(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export interface BracketedOptions {
  /** Compare the marker without case. */
  readonly ignoreCase?: boolean;
  /** The marker must start a line. */
  readonly lineStart?: boolean;
  /** Blanks (line breaks included) may separate the marker from "<". */
  readonly blanks?: boolean;
}

/**
 * What /marker\s*<([^>]+)>/ captured: the text in angle brackets after the first occurrence of
 * `marker` that has some. Each occurrence is answered by the first ">" after its "<"; when there is
 * none, no later occurrence has one either, so the scan stops instead of going quadratic.
 */
export function bracketedAfter(text: string, marker: string, options: BracketedOptions = {}): { inner: string; end: number } | undefined {
  const markers = new RegExp(escapeLiteral(marker), options.ignoreCase ? 'gi' : 'g');
  for (const found of text.matchAll(markers)) {
    if (options.lineStart && found.index > 0 && !isBreak(text[found.index - 1])) continue;
    let open = found.index + found[0].length;
    if (options.blanks) while (isBlankChar(text[open])) open++;
    if (text[open] !== '<') continue;
    const close = text.indexOf('>', open + 1);
    if (close < 0) return undefined;
    if (close > open + 1) return { inner: text.slice(open + 1, close), end: close + 1 };
  }
  return undefined;
}

/** From `start` up to the first blank line (a line break, blanks, a line break) or the end: ([\s\S]*?)(?:\n\s*\n|$). */
export function paragraphFrom(text: string, start: number): string {
  const blankLine = /\n[^\S\n]*\n/g;
  blankLine.lastIndex = start;
  const end = blankLine.exec(text)?.index ?? text.length;
  return text.slice(start, end);
}

/**
 * What /marker\s*\n([\s\S]*?)(?:\n\s*\n|$)/ captured, give or take the blanks at its edges: the
 * paragraph after the first `marker` that only blanks holding a line break follow.
 */
export function paragraphAfterLine(text: string, marker: string): string | undefined {
  for (let at = text.indexOf(marker); at >= 0; at = text.indexOf(marker, at + 1)) {
    let start = at + marker.length;
    let sawBreak = false;
    for (; isBlankChar(text[start]); start++) if (text[start] === '\n') sawBreak = true;
    if (sawBreak) return paragraphFrom(text, start);
  }
  return undefined;
}
