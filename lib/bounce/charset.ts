/**
 * Bytes to text for the parts postal-mime hands over undecoded (delivery-status fields, the
 * returned original's headers) and for raw 8-bit header bytes. TextDecoder in node and in
 * browsers knows shift_jis, euc-jp and iso-2022-jp; the labels mail actually carries (cp932,
 * x-sjis, eucjp, iso2022jp, x-iso-2022-jp, ...) are mapped onto those first, because an unknown
 * label makes TextDecoder throw (postal-mime issue 94 saw them fall back to windows-1252).
 */
import { decodeWords } from 'postal-mime';

/** Labels seen in Japanese mail → the WHATWG name TextDecoder accepts. Keys are normalised by `normaliseLabel`. */
const japaneseAliases: Readonly<Record<string, string>> = {
  shiftjis: 'shift_jis',
  sjis: 'shift_jis',
  mskanji: 'shift_jis',
  windows31j: 'shift_jis',
  cp932: 'shift_jis',
  ms932: 'shift_jis',
  ibm943: 'shift_jis',
  eucjp: 'euc-jp',
  eucjpms: 'euc-jp',
  cp51932: 'euc-jp',
  iso2022jp: 'iso-2022-jp',
  iso2022jp1: 'iso-2022-jp',
  iso2022jp2: 'iso-2022-jp',
  iso2022jp3: 'iso-2022-jp',
  cp50220: 'iso-2022-jp',
  cp50221: 'iso-2022-jp',
  cp50222: 'iso-2022-jp',
  jis: 'iso-2022-jp',
  utf8: 'utf-8',
  usascii: 'windows-1252',
  ascii: 'windows-1252',
};

const decoders = new Map<string, TextDecoder | null>();

/** Strips the decorations around a label: an x- or cs prefix, separators, case. */
function normaliseLabel(label: string): string {
  return label.trim().toLowerCase().replace(/^(?:x-|cs)/, '').replace(/[\s._-]+/g, '');
}

/** A cached decoder for a charset label, or null when no decoder knows the label. */
export function decoderFor(label: string): TextDecoder | null {
  const key = label.trim().toLowerCase();
  const cached = decoders.get(key);
  if (cached !== undefined) return cached;
  const name = japaneseAliases[normaliseLabel(key)] ?? key;
  let decoder: TextDecoder | null;
  try {
    decoder = new TextDecoder(name);
  } catch {
    decoder = null;
  }
  decoders.set(key, decoder);
  return decoder;
}

const utf8Strict = new TextDecoder('utf-8', { fatal: true });
const latin1 = new TextDecoder('windows-1252');

/**
 * Tells Shift_JIS from EUC-JP by their lead bytes: EUC-JP puts both bytes of a character in
 * 0xA1–0xFE (kana rows start at 0xA4/0xA5), Shift_JIS leads with 0x81–0x9F or 0xE0–0xEF.
 */
function guessEightBitJapanese(bytes: Uint8Array, end: number): 'shift_jis' | 'euc-jp' {
  let sjis = 0;
  let euc = 0;
  for (let i = 0; i + 1 < end; i++) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) continue;
    const next = bytes[i + 1] ?? 0;
    if (b >= 0xa1 && b <= 0xfe && next >= 0xa1 && next <= 0xfe) euc += 1;
    if (((b >= 0x81 && b <= 0x9f) || (b >= 0xe0 && b <= 0xef)) && next >= 0x40 && next <= 0xfc && next !== 0x7f) sjis += 1;
    i += 1;
  }
  return euc > sjis ? 'euc-jp' : 'shift_jis';
}

/** How many leading bytes are inspected when the charset has to be guessed. */
const GUESS_WINDOW = 64 * 1024;

/**
 * Decodes bytes, trusting a usable charset label first; without one: valid UTF-8 (which covers
 * plain ASCII), turned into ISO-2022-JP when it holds that encoding's escapes, else the likelier
 * of Shift_JIS and EUC-JP. Native decoders do the scanning; the JavaScript byte loop runs only
 * for 8-bit text that is not UTF-8.
 */
export function decodeBytes(bytes: Uint8Array, charset = ''): string {
  const label = charset.trim().toLowerCase();
  if (label && label !== 'us-ascii' && label !== 'ascii') {
    const decoder = decoderFor(label);
    if (decoder) return decoder.decode(bytes);
  }
  let text: string;
  try {
    text = utf8Strict.decode(bytes);
  } catch {
    return (decoderFor(guessEightBitJapanese(bytes, Math.min(bytes.length, GUESS_WINDOW))) ?? latin1).decode(bytes);
  }
  return text.includes('\u001b$B') || text.includes('\u001b$@') ? (decoderFor('iso-2022-jp') ?? latin1).decode(bytes) : text;
}

/**
 * RFC 2047 encoded words in a header value decoded (postal-mime's decoder, which knows the
 * Japanese charsets through TextDecoder). Values without "=?" are returned as they are: most
 * headers have none, and the tokenizer would only copy them.
 */
export function decodeHeaderWords(value: string): string {
  return value.includes('=?') ? decodeWords(value) : value;
}
