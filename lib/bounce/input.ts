/**
 * Turns what the caller gave (a string, bytes, an ArrayBuffer) into bytes postal-mime can read,
 * or a reason why there is nothing to read. Two repairs happen here, because postal-mime splits
 * lines on LF only: CR-only line endings (classic Mac, some exports) become LF, and the mbox
 * "From " separator line that mailbox exports put first is dropped.
 */
import { MAX_INPUT_BYTES } from './limits';
import type { UnparsedCause } from './types';

export type RawInput = string | Uint8Array | ArrayBuffer;

export type PreparedInput = { ok: true; bytes: Uint8Array } | { ok: false; cause: UnparsedCause; detail: string };

const encoder = new TextEncoder();

/** How far into the input line endings and the first line are inspected. */
const SNIFF_BYTES = 8 * 1024;

function toBytes(input: RawInput): Uint8Array {
  if (typeof input === 'string') return encoder.encode(input);
  if (input instanceof ArrayBuffer) return new Uint8Array(input);
  return input;
}

/** True when the bytes use CR alone as line ending: a CR before any LF within the sniffed window. */
function hasBareCrEndings(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, SNIFF_BYTES);
  for (let i = 0; i < end; i++) {
    if (bytes[i] === 0x0a) return false;
    if (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a) return true;
  }
  return false;
}

/** Replaces every CR not followed by LF with LF. */
function bareCrToLf(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] ?? 0;
    out[i] = b === 0x0d && bytes[i + 1] !== 0x0a ? 0x0a : b;
  }
  return out;
}

/** Offset just past a leading mbox "From " line (RFC 4155), or 0. */
function mboxLineEnd(bytes: Uint8Array): number {
  if (!(bytes[0] === 0x46 && bytes[1] === 0x72 && bytes[2] === 0x6f && bytes[3] === 0x6d && bytes[4] === 0x20)) return 0;
  const end = Math.min(bytes.length, SNIFF_BYTES);
  for (let i = 5; i < end; i++) if (bytes[i] === 0x0a) return i + 1;
  return 0;
}

/** First non-blank characters, lowercased, to recognise an HTML page handed over as a mail. */
function leadingText(bytes: Uint8Array): string {
  let start = 0;
  while (start < bytes.length && start < SNIFF_BYTES && (bytes[start] === 0x20 || bytes[start] === 0x09 || bytes[start] === 0x0a || bytes[start] === 0x0d || bytes[start] === 0xef || bytes[start] === 0xbb || bytes[start] === 0xbf)) start++;
  let text = '';
  for (let i = start; i < bytes.length && i < start + 16; i++) text += String.fromCharCode(bytes[i] ?? 0);
  return text.toLowerCase();
}

export function prepareInput(input: RawInput): PreparedInput {
  const byteLength = typeof input === 'string' ? input.length : input.byteLength;
  if (byteLength > MAX_INPUT_BYTES) return { ok: false, cause: 'too-large', detail: `${byteLength} bytes > ${MAX_INPUT_BYTES}` };
  let bytes = toBytes(input);
  if (bytes.length > MAX_INPUT_BYTES) return { ok: false, cause: 'too-large', detail: `${bytes.length} bytes > ${MAX_INPUT_BYTES}` };
  const lead = leadingText(bytes);
  if (lead === '') return { ok: false, cause: 'empty', detail: 'no content' };
  if (lead.startsWith('<!doctype html') || lead.startsWith('<html')) return { ok: false, cause: 'not-a-mail', detail: 'an HTML page, not a mail' };
  if (hasBareCrEndings(bytes)) bytes = bareCrToLf(bytes);
  const skip = mboxLineEnd(bytes);
  if (skip > 0) bytes = bytes.subarray(skip);
  return { ok: true, bytes };
}
