/**
 * The classifier's view of one message, built once by parse.ts (raw RFC 822) or by
 * rendered.ts (a webmail's rendered text), then read by every decoder.
 */
import type { AttachmentInfo } from './types';

/** Header fields by lowercase name, each value unfolded, in order of appearance. */
export type HeaderFields = ReadonlyMap<string, readonly string[]>;

/** What came back of the message that failed. */
export interface ReturnedOriginal {
  /** Its header fields (decoded to text, not yet RFC 2047-decoded). */
  headers: HeaderFields;
  /** The header block as text, for decoders that search it line by line. */
  headerText: string;
  /**
   * The first MAX_ORIGINAL_HEADER_BYTES of the body as text, decoded on demand: only the rare
   * gateway that returns a bounce as "the original" needs it (the failure is described inside).
   */
  bodyText: () => string;
  /** Its plain text (original-text.ts), decoded on demand; absent when only headers came back. */
  plainText?: () => string;
  /** Size in bytes of the copy as returned; undefined when only headers came back. */
  size?: number;
  /** True when only the headers, or a cut copy, came back. */
  truncated: boolean;
  attachments: readonly AttachmentInfo[];
}

export interface ParsedMail {
  input: 'raw' | 'text';
  /** The bounce's own header fields. */
  headers: HeaderFields;
  /** Decoded Subject of the bounce. */
  subject: string;
  /** Address in From, lowercased ('' when none). */
  from: string;
  /** The whole From field, decoded, display name included. */
  fromField: string;
  date: string;
  messageId: string;
  /** Top-level media type, lowercase, e.g. "multipart/report". */
  contentType: string;
  /**
   * The notification text: every text/plain part (text/html converted when there is no plain
   * part), capped at MAX_SCAN_CHARS. For non-MIME bounces it also holds the quoted original.
   */
  body: string;
  /**
   * The first HEAD_CHARS of the body, lowercased once: what the decoders' detect() tests for
   * their markers, so that forty decoders do not each lowercase or scan the whole body.
   */
  head: string;
  /** Text of each message/delivery-status (or global-delivery-status) part. */
  deliveryStatus: readonly string[];
  /** Text of the message/feedback-report part, '' when none. */
  feedbackReport: string;
  /** The returned original from a message/rfc822 or text/rfc822-headers part, when present. */
  original?: ReturnedOriginal;
  /**
   * The bytes of an attached message that is itself a delivery report, when this mail has no
   * delivery-status part of its own: a forwarded bounce, or a gateway's wrapper around the
   * report it received. The pipeline reads it when this mail yields no recipient of its own.
   */
  nestedReport?: Uint8Array;
  /** How many reports this one is nested in (0 or absent for the mail as received). */
  nesting?: number;
}

/** How much of the body detect() looks at: every decoder's marker sits in its report's first lines. */
export const HEAD_CHARS = 16 * 1024;

/** The lowercased head of a body (see ParsedMail.head). */
export function headOf(body: string): string {
  return body.slice(0, HEAD_CHARS).toLowerCase();
}

/** First value of a header field, '' when absent. */
export function headerOf(fields: HeaderFields, name: string): string {
  return fields.get(name)?.[0] ?? '';
}

/** A field name up to its colon (RFC 5322 §2.2; obsolete white space before the colon, §4.5.2). */
const fieldNameStart = /^[^\s:]+\s*:/;

/**
 * Reads a header block (lines up to the first empty line) into fields. Continuation lines
 * (leading space or tab, RFC 5322 §2.2.3) are unfolded with a single space.
 */
export function parseHeaderBlock(text: string): Map<string, string[]> {
  const fields = new Map<string, string[]>();
  let name = '';
  let value = '';
  const flush = (): void => {
    if (!name) return;
    const list = fields.get(name);
    if (list) list.push(value.trim());
    else fields.set(name, [value.trim()]);
  };
  // Lines are taken one at a time up to the blank line: the text may go on with a whole body.
  // LF-only text (the common case) is cut with indexOf; CR or CRLF endings with the expression.
  const lineBreak = text.includes('\r') ? /\r\n|\r|\n/g : undefined;
  for (let at = 0; at < text.length; ) {
    let end: number;
    let next: number;
    if (lineBreak) {
      lineBreak.lastIndex = at;
      const found = lineBreak.exec(text);
      end = found ? found.index : text.length;
      next = found ? found.index + found[0].length : text.length;
    } else {
      const lf = text.indexOf('\n', at);
      end = lf < 0 ? text.length : lf;
      next = end + 1;
    }
    const line = text.slice(at, end);
    at = next;
    if (line === '') break;
    if ((line.startsWith(' ') || line.startsWith('\t')) && name) {
      value += ` ${line.trim()}`;
      continue;
    }
    const colon = line.indexOf(':');
    // A field name is a run without white space, white space before its colon allowed.
    if (colon <= 0 || colon > 76 || !fieldNameStart.test(line)) {
      flush();
      name = '';
      continue;
    }
    flush();
    name = line.slice(0, colon).trim().toLowerCase();
    value = line.slice(colon + 1);
  }
  flush();
  return fields;
}
