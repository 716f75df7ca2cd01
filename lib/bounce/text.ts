/**
 * Small text helpers shared by the decoders: line splitting with the line cap, whitespace
 * squeezing, in-order phrase matching, and e-mail address extraction.
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
  return text.replace(/\s+/g, ' ').trim();
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

/** The first entry of the table found in `lowered` (already lowercased), or '' when none. */
export function matchPhrase(lowered: string, table: PhraseTable): string {
  for (const phrase of table.phrases) if (lowered.includes(phrase)) return phrase;
  for (const parts of table.ordered ?? []) if (containsInOrder(lowered, parts)) return parts.join('…');
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

// An addr-spec as bounces print it: local part without spaces or brackets, a dotted domain
// (or an address literal). Quoted local parts are rare in bounces and come out unquoted.
const addressPattern = /[^\s<>"'(),;:[\]]+@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)*[a-z0-9-]*[a-z0-9]|[^\s<>"'(),;:[\]]+@\[[0-9.:a-f]+\]/i;
const addressPatternGlobal = new RegExp(addressPattern.source, 'gi');

/** Normalises an address the way Sisimai reports it: no brackets, quotes or trailing dots; lowercase. */
export function normaliseAddress(address: string): string {
  return address
    .trim()
    .replace(/^[<"'(]+|[>"').,;:]+$/g, '')
    .replace(/^mailto:/i, '')
    .toLowerCase();
}

/** The first e-mail address in `text`, normalised, or '' when none. */
export function findAddress(text: string): string {
  const match = addressPattern.exec(text);
  return match ? normaliseAddress(match[0]) : '';
}

/** Every e-mail address in `text`, normalised, in order of appearance, without duplicates. */
export function findAddresses(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(addressPatternGlobal)) {
    const address = normaliseAddress(match[0]);
    if (!found.includes(address)) found.push(address);
  }
  return found;
}

/** True when `text` looks like a mailbox address (local@domain with a dot in the domain or a literal). */
export function isAddress(text: string): boolean {
  const match = addressPattern.exec(text);
  return match !== null && match[0].length === text.trim().replace(/^<|>$/g, '').length;
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
