// Addresses that cannot lie. A bounce is a mail anyone can write, and an address in it may carry
// characters that do not show: bidi controls that reorder what follows
// (`"‮moc.liamg@ssob"@example.org` reads as `"gro.elpmaxe@"boss@gmail.com`), zero-width
// characters that make two different addresses look the same, and other format characters.
// Every path that shows, stores, exports or copies an address goes through this one module
// (docs/tracker.md, "Addresses that cannot lie"). Pure: no DOM, tested in node.

/**
 * Characters that do not show, or change how the text around them shows:
 * - Cc: C0/C1 controls; Cf: format characters, among them the bidi embeddings and overrides
 *   (U+202A–202E), isolates (U+2066–2069), marks (U+200E, U+200F, U+061C), the zero-width
 *   space, joiners and word joiner (U+200B–200D, U+2060), the byte order mark (U+FEFF), the soft
 *   hyphen (U+00AD) and the tag characters (U+E0000–E007F);
 * - Co, Cs: private-use code points and lone surrogates (no agreed glyph);
 * - Zl, Zp and every space but U+0020 (no-break, ideographic, en/em, narrow, ...): blanks that
 *   look like nothing or like an ordinary space;
 * - blank letters and marks that render as nothing: the combining grapheme joiner (U+034F),
 *   Hangul fillers (U+115F, U+1160, U+3164, U+FFA0), Khmer inherent vowels (U+17B4, U+17B5),
 *   Mongolian selectors (U+180B–180F), variation selectors (U+FE00–FE0F, U+E0100–E01EF),
 *   and the object replacement character (U+FFFC; the interlinear annotation controls U+FFF9–FFFB are Cf).
 * One character class, so the scan is linear. Combining marks stand alone in it on purpose: each
 * is one code point to find, not a sequence with the character before it.
 */
const HIDDEN_CHARACTER =
  // eslint-disable-next-line no-misleading-character-class -- single code points, see above
  /[\p{Cc}\p{Cf}\p{Co}\p{Cs}\p{Zl}\p{Zp}\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\u034F\u115F\u1160\u17B4\u17B5\u180B-\u180F\u3164\uFE00-\uFE0F\uFFA0\uFFFC\u{E0100}-\u{E01EF}]/u;
// eslint-disable-next-line no-misleading-character-class -- the same class, global
const HIDDEN_CHARACTERS = new RegExp(HIDDEN_CHARACTER.source, 'gu');

/** How a revealed character is written: ⟨U+202E⟩. The brackets are U+27E8 and U+27E9. */
const REVEALED_MARK = /⟨U\+[0-9A-F]{4,6}⟩/u;

/** True when the text holds a character that does not show (see HIDDEN_CHARACTER). */
export function hasHiddenCharacters(text: string): boolean {
  return HIDDEN_CHARACTER.test(text);
}

/** Each hidden character written out as its code point, e.g. `⟨U+202E⟩`, so nothing is reordered or concealed. */
export function revealHidden(text: string): string {
  return text.replace(HIDDEN_CHARACTERS, (char) => `⟨U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}⟩`);
}

/** An address as every page shows it. `hidden`: it held (or holds, already revealed) hidden characters. */
export interface ShownAddress {
  text: string;
  hidden: boolean;
}

/** What to show for an address: itself, or with its hidden characters made visible. */
export function showAddress(address: string): ShownAddress {
  if (hasHiddenCharacters(address)) return { text: revealHidden(address), hidden: true };
  return { text: address, hidden: REVEALED_MARK.test(address) };
}

/**
 * Whether an address may be offered for copy: never one that held hidden characters, neither as
 * it came (the clipboard would carry them into the next mail) nor revealed (that is not the address).
 */
export function isCopyableAddress(address: string): boolean {
  return !showAddress(address).hidden;
}

/** atext of RFC 5322 §3.2.3 and dots: a plain ASCII local part, unquoted. */
const PLAIN_LOCAL_PART = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+$/;
/** One LDH label (RFC 1035 §2.3.1, RFC 5890 for the xn-- form): letters, digits, inner hyphens, ≤ 63. */
const LDH_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/** The domain in ASCII (A-labels) when it is a valid host name, ASCII or IDN; undefined otherwise. */
function asciiDomain(domain: string): string | undefined {
  let ascii: string;
  try {
    // The URL parser applies UTS #46 (IDNA) processing: it refuses invalid labels and writes
    // Unicode labels as xn-- A-labels. It also silently drops some invisible characters, which
    // is why hidden characters are refused before it sees the domain.
    ascii = new URL(`http://${domain}/`).hostname;
  } catch {
    return undefined;
  }
  if (ascii.length > 253) return undefined;
  const labels = ascii.split('.');
  if (labels.length < 2 || !labels.every((label) => LDH_LABEL.test(label))) return undefined;
  return ascii;
}

/**
 * A corrected address may only be plain ASCII (atext local part, LDH domain) or an address at a
 * valid internationalised domain: nothing that can hide or reorder characters, nothing quoted.
 */
export function isPlainOrIdnAddress(address: string): boolean {
  if (hasHiddenCharacters(address) || address.length > 254) return false;
  const at = address.lastIndexOf('@');
  if (at <= 0 || at > 64) return false;
  const local = address.slice(0, at);
  const domain = address.slice(at + 1);
  if (!PLAIN_LOCAL_PART.test(local) || local.startsWith('.') || local.endsWith('.') || local.includes('..')) return false;
  const ascii = asciiDomain(domain);
  if (!ascii) return false;
  // An ASCII domain must already be as written (lowercase); a Unicode one must map to A-labels
  // that differ from it only by the IDNA conversion, not by dropped characters.
  return ascii === domain || ascii.split('.').some((label) => label.startsWith('xn--'));
}
