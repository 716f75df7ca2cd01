/**
 * HTML to plain text for notifications that come only as text/html (some Exchange and ESP
 * bounces). The result is only ever scanned as text, never rendered: the markup is dropped,
 * block ends become line breaks, and the few entities bounces use are decoded. One linear
 * pass with indexOf, so an unclosed <script> or a flood of "<" cannot make it quadratic.
 */

const namedEntities: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

function decodeEntity(entity: string): string {
  const named = namedEntities[entity.toLowerCase()];
  if (named !== undefined) return named;
  const code = /^#x/i.test(entity)
    ? Number.parseInt(entity.slice(2), 16)
    : entity.startsWith('#') ? Number.parseInt(entity.slice(1), 10) : Number.NaN;
  return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : `&${entity};`;
}

/** Elements whose content is not text a reader sees. */
const skippedElements = new Set(['script', 'style', 'head', 'title']);
/** Elements that end a line of text. */
const blockElements = new Set(['br', 'p', 'div', 'tr', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'blockquote', 'pre', 'hr']);

function isLowerLetter(code: number): boolean {
  return code >= 0x61 && code <= 0x7a;
}

/**
 * The element name of the tag whose text runs from `from` to `to` in lowercased HTML ("/" of an
 * end tag skipped): a letter, then letters and digits; '' for a comment, a declaration or text.
 * (Read by character codes: a slice and a regular expression per tag cost more than the rest
 * of the conversion.)
 */
function tagName(lower: string, from: number, to: number): string {
  let start = from;
  if (start < to && lower.charCodeAt(start) === 0x2f) start++;
  if (start >= to || !isLowerLetter(lower.charCodeAt(start))) return '';
  let end = start + 1;
  while (end < to) {
    const code = lower.charCodeAt(end);
    if (!isLowerLetter(code) && !(code >= 0x30 && code <= 0x39)) break;
    end++;
  }
  return lower.slice(start, end);
}

/** Plain text of an HTML fragment: scripts and styles dropped, blocks on their own lines. */
export function htmlToText(html: string): string {
  let out = '';
  let at = 0;
  const lower = html.toLowerCase();
  while (at < html.length) {
    const open = html.indexOf('<', at);
    if (open < 0) {
      out += html.slice(at);
      break;
    }
    out += html.slice(at, open);
    const close = html.indexOf('>', open + 1);
    if (close < 0) break;
    const name = tagName(lower, open + 1, Math.min(close, open + 16));
    at = close + 1;
    if (skippedElements.has(name) && lower[open + 1] !== '/') {
      const end = lower.indexOf(`</${name}`, at);
      at = end < 0 ? html.length : end;
    } else if (blockElements.has(name)) {
      out += '\n';
    } else if (name === 'td' || name === 'th') {
      out += ' ';
    }
  }
  return out
    .replace(/&(#?[a-z0-9]{1,8});/gi, (_, entity: string) => decodeEntity(entity))
    .split('\n')
    .map((line, i, lines) => (i < lines.length - 1 ? withoutTrailingBlanks(line) : line))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n');
}

/**
 * The line without the spaces, tabs and no-break spaces at its end, read from the end: a pattern
 * such as /[ \t\u00a0]+\n/g restarts at every blank of a long run that ends in text (quadratic).
 */
function withoutTrailingBlanks(line: string): string {
  let end = line.length;
  for (let code = line.charCodeAt(end - 1); code === 0x20 || code === 0x09 || code === 0xa0; code = line.charCodeAt(end - 1)) end--;
  return end === line.length ? line : line.slice(0, end);
}
