/**
 * The plain text of a returned original, for the sidebar's "resend to the corrected address",
 * which quotes it in the new draft. Read cheaply, without a second MIME parse: a text/plain
 * original, or the first text/plain part of a multipart one (one level, then one more for
 * multipart/alternative inside multipart/mixed), its transfer encoding undone and its charset
 * decoded. Anything else (HTML only, an attachment only) gives '' and the draft quotes nothing.
 */
import { decodeBytes } from './charset';
import { headerOf, parseHeaderBlock, type HeaderFields } from './mail';

/** Most characters of the original's text kept: a draft's URL cannot carry more (lib/webmail/compose.ts cuts further). */
export const MAX_ORIGINAL_TEXT_CHARS = 4000;

/** Most bytes of the original's body looked at for it. */
const MAX_BODY_BYTES = 256 * 1024;

const latin1 = new TextDecoder('iso-8859-1');

function mediaType(headers: HeaderFields): string {
  return (headerOf(headers, 'content-type').split(';')[0] ?? '').trim().toLowerCase() || 'text/plain';
}

function parameter(value: string, name: string): string {
  const lower = value.toLowerCase();
  const at = lower.indexOf(`${name}=`);
  if (at < 0) return '';
  const rest = value.slice(at + name.length + 1).trim();
  if (rest.startsWith('"')) {
    const close = rest.indexOf('"', 1);
    return close < 0 ? rest.slice(1) : rest.slice(1, close);
  }
  const end = rest.search(/[;\s]/);
  return end < 0 ? rest : rest.slice(0, end);
}

function decodeQuotedPrintable(text: string): Uint8Array {
  const joined = text.replace(/=\r?\n/g, '');
  const out = new Uint8Array(joined.length);
  let n = 0;
  for (let i = 0; i < joined.length; i++) {
    const c = joined.charCodeAt(i);
    if (c === 0x3d && i + 2 < joined.length) {
      const hex = joined.slice(i + 1, i + 3);
      if (/^[0-9A-Fa-f]{2}$/.test(hex)) {
        out[n++] = parseInt(hex, 16);
        i += 2;
        continue;
      }
    }
    out[n++] = c & 0xff;
  }
  return out.subarray(0, n);
}

function decodeBase64(text: string): Uint8Array {
  let clean = text.replace(/[^A-Za-z0-9+/]/g, '');
  // Padding was removed with the rest: put it back (a single left-over character carries no byte).
  if (clean.length % 4 === 1) clean = clean.slice(0, -1);
  clean += '='.repeat((4 - (clean.length % 4)) % 4);
  try {
    const binary = atob(clean);
    const out = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
    return out;
  } catch {
    return new Uint8Array();
  }
}

/** A text/plain body (latin1 text, one char per byte) decoded by its headers. */
function decodePart(headers: HeaderFields, body: string): string {
  const encoding = headerOf(headers, 'content-transfer-encoding').trim().toLowerCase();
  const charset = parameter(headerOf(headers, 'content-type'), 'charset');
  const bytes =
    encoding === 'base64'
      ? decodeBase64(body)
      : encoding === 'quoted-printable'
        ? decodeQuotedPrintable(body)
        : Uint8Array.from(body, (ch) => ch.charCodeAt(0) & 0xff);
  return decodeBytes(bytes, charset);
}

/** Splits a part into its header block and body (latin1 text). */
function splitPart(text: string): { headers: HeaderFields; body: string } {
  const match = /\r?\n\r?\n/.exec(text);
  if (!match) return { headers: parseHeaderBlock(text), body: '' };
  return { headers: parseHeaderBlock(text.slice(0, match.index)), body: text.slice(match.index + match[0].length) };
}

function firstPlainText(headers: HeaderFields, body: string, depth: number): string {
  const type = mediaType(headers);
  if (type === 'text/plain') return decodePart(headers, body);
  if (!type.startsWith('multipart/') || depth > 2) return '';
  const boundary = parameter(headerOf(headers, 'content-type'), 'boundary');
  if (!boundary) return '';
  const parts = body.split(`--${boundary}`).slice(1);
  for (const part of parts) {
    if (part.startsWith('--')) break;
    const inner = splitPart(part.replace(/^[ \t]*\r?\n/, ''));
    const disposition = headerOf(inner.headers, 'content-disposition').toLowerCase();
    if (disposition.startsWith('attachment')) continue;
    const found = firstPlainText(inner.headers, inner.body, depth + 1);
    if (found.trim() !== '') return found;
  }
  return '';
}

/**
 * The original's text: line ends made LF, trailing blank lines removed, at most
 * MAX_ORIGINAL_TEXT_CHARS characters. `bodyBytes` is everything after its header block.
 */
export function originalPlainText(headers: HeaderFields, bodyBytes: Uint8Array): string {
  const body = latin1.decode(bodyBytes.subarray(0, MAX_BODY_BYTES));
  const text = firstPlainText(headers, body, 0).replace(/\r\n?/g, '\n').trimEnd();
  return text.length <= MAX_ORIGINAL_TEXT_CHARS ? text : text.slice(0, MAX_ORIGINAL_TEXT_CHARS);
}
