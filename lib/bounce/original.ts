/**
 * The returned original, read cheaply: its header block, its size, and the names and sizes of
 * its attachments, without a second MIME parse (postal-mime hands the message/rfc822 part over
 * as bytes). Only header lines of the original's own parts are looked at; bodies are measured,
 * not decoded.
 */
import { decodeBytes, decodeHeaderWords } from './charset';
import { MAX_ORIGINAL_HEADER_BYTES } from './limits';
import { headerOf, parseHeaderBlock, type ReturnedOriginal } from './mail';
import type { AttachmentInfo, OriginalMessage } from './types';
import { findAddresses } from './text';
import { originalPlainText } from './original-text';

/** Index just past the blank line that ends the header block (LF or CRLF), or -1. */
function headerEnd(bytes: Uint8Array, limit: number): number {
  const end = Math.min(bytes.length, limit);
  // From line end to line end with the native search: a byte loop costs much more in a cold run.
  for (let i = bytes.indexOf(0x0a); i >= 0 && i < end; i = bytes.indexOf(0x0a, i + 1)) {
    if (bytes[i + 1] === 0x0a) return i + 2;
    if (bytes[i + 1] === 0x0d && bytes[i + 2] === 0x0a) return i + 3;
  }
  return -1;
}

/** Each parameter name's expression, built on first use (only boundary, filename and name are asked for). */
const parameterPatterns = new Map<string, RegExp>();

/** A parameter of a structured header value, e.g. boundary or filename (RFC 2045 §5.1, RFC 2231 continuations ignored). */
function parameterOf(value: string, name: string): string {
  // Most values hold no parameter at all: no expression to run then.
  if (!value.includes('=')) return '';
  let pattern = parameterPatterns.get(name);
  if (!pattern) {
    pattern = new RegExp(`(?:^|;)\\s*${name}\\*?=\\s*(?:"([^"]*)"|([^;\\s]*))`, 'i');
    parameterPatterns.set(name, pattern);
  }
  const match = pattern.exec(value);
  const raw = match?.[1] ?? match?.[2] ?? '';
  // RFC 2231 extended value: charset'lang'percent-encoded
  const extended = /^[\w-]+'[^']*'(.*)$/.exec(raw);
  if (extended) {
    try {
      return decodeURIComponent(extended[1] ?? '');
    } catch {
      return extended[1] ?? '';
    }
  }
  return raw;
}

/** Bytes of body a part of `encodedLength` octets decodes to, by its transfer encoding. */
function decodedSize(encodedLength: number, encoding: string, body: string): number {
  if (encoding === 'base64') return Math.floor((body.replace(/[^A-Za-z0-9+/]/g, '').length * 3) / 4);
  if (encoding === 'quoted-printable') return body.replace(/=\r?\n/g, '').replace(/=[0-9A-Fa-f]{2}/g, '_').length;
  return encodedLength;
}

/**
 * Lists the attachments of a multipart original by scanning its boundary lines. Parts with a
 * file name (Content-Disposition filename or Content-Type name) count as attachments.
 */
function listAttachments(text: string, boundary: string): { attachments: AttachmentInfo[]; closed: boolean } {
  const attachments: AttachmentInfo[] = [];
  const delimiter = `--${boundary}`;
  const parts = text.split(delimiter);
  const closed = text.includes(`${delimiter}--`);
  for (let i = 1; i < parts.length; i++) {
    const part = parts[i] ?? '';
    if (part.startsWith('--')) break;
    const split = /\r?\n\r?\n/.exec(part);
    const head = split ? part.slice(0, split.index) : part;
    const body = split ? part.slice(split.index + split[0].length) : '';
    const fields = parseHeaderBlock(head.replace(/^\r?\n/, ''));
    const type = headerOf(fields, 'content-type');
    const disposition = headerOf(fields, 'content-disposition');
    const nested = parameterOf(type, 'boundary');
    if (nested && /^multipart\//i.test(type)) {
      attachments.push(...listAttachments(body, nested).attachments);
      continue;
    }
    const filename = parameterOf(disposition, 'filename') || parameterOf(type, 'name');
    if (!filename) continue;
    const encoding = headerOf(fields, 'content-transfer-encoding').toLowerCase();
    const trimmed = body.replace(/\r?\n$/, '');
    attachments.push({
      filename: decodeHeaderWords(filename),
      mimeType: (type.split(';')[0] ?? '').trim().toLowerCase() || 'application/octet-stream',
      size: decodedSize(trimmed.length, encoding, trimmed),
    });
  }
  return { attachments, closed };
}

/** Reads a returned original (message/rfc822) or its headers alone (text/rfc822-headers). */
export function readOriginal(bytes: Uint8Array, headersOnly: boolean): ReturnedOriginal {
  const end = headerEnd(bytes, MAX_ORIGINAL_HEADER_BYTES);
  const headerBytes = bytes.subarray(0, end < 0 ? Math.min(bytes.length, MAX_ORIGINAL_HEADER_BYTES) : end);
  const headerText = decodeBytes(headerBytes);
  const headers = parseHeaderBlock(headerText);
  const hasBody = end >= 0 && end < bytes.length;
  if (headersOnly || !hasBody) {
    return { headers, headerText, bodyText: () => '', truncated: true, attachments: [] };
  }
  const bodyText = (): string => decodeBytes(bytes.subarray(end, end + MAX_ORIGINAL_HEADER_BYTES));
  const plainText = (): string => originalPlainText(headers, bytes.subarray(end));
  const boundary = parameterOf(headerOf(headers, 'content-type'), 'boundary');
  if (!boundary) return { headers, headerText, bodyText, plainText, size: bytes.length, truncated: false, attachments: [] };
  // Bodies are ASCII after transfer encoding; latin1 keeps one char per byte for sizes.
  const { attachments, closed } = listAttachments(decodeBytes(bytes.subarray(end), 'iso-8859-1'), boundary);
  return { headers, headerText, bodyText, plainText, size: bytes.length, truncated: !closed, attachments };
}

/** Reads an original quoted inline in a plain-text bounce, from its first header line on. */
export function readInlineOriginal(text: string): ReturnedOriginal {
  const headers = parseHeaderBlock(text.replace(/^\s+/, ''));
  return { headers, headerText: text.slice(0, MAX_ORIGINAL_HEADER_BYTES), bodyText: () => '', truncated: true, attachments: [] };
}

/** Addresses from To/Cc header values, as plain addr-specs (the linear scanner: these are the sender's, but came back through strangers). */
function addressesOf(values: readonly string[]): string[] {
  return values.flatMap((value) => findAddresses(value));
}

/** The report's description of the original, from what came back. */
export function describeOriginal(original: ReturnedOriginal): OriginalMessage {
  const h = original.headers;
  const from = headerOf(h, 'from');
  const sender = addressesOf([headerOf(h, 'sender')])[0];
  const returnPath = addressesOf([headerOf(h, 'return-path')])[0];
  const text = original.plainText?.() ?? '';
  return {
    messageId: headerOf(h, 'message-id'),
    subject: decodeHeaderWords(headerOf(h, 'subject')),
    date: headerOf(h, 'date'),
    from: addressesOf([from])[0] ?? decodeHeaderWords(from),
    ...(sender ? { sender } : {}),
    ...(returnPath ? { returnPath } : {}),
    to: addressesOf([...(h.get('to') ?? []), ...(h.get('cc') ?? [])]),
    ...(original.size === undefined ? {} : { size: original.size }),
    truncated: original.truncated,
    attachments: original.attachments,
    ...(text === '' ? {} : { text }),
  };
}
