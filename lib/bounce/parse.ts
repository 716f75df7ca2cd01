/**
 * Raw RFC 822 → ParsedMail, with one postal-mime parse. With `forceRfc822Attachments`, the
 * returned original stays an attachment (bytes) instead of being parsed a second time and
 * inlined into the text; the report parts (message/delivery-status, text/rfc822-headers,
 * message/feedback-report) always arrive as attachments, so they are decoded here.
 */
import PostalMime, { type Attachment, type Email } from 'postal-mime';
import { decodeBytes, decodeHeaderWords } from './charset';
import { htmlToText } from './html';
import { isReportSender } from './bounce-signs';
import { MAX_MIME_DEPTH, MAX_NESTED_REPORTS, MAX_ORIGINAL_HEADER_BYTES, MAX_SCAN_CHARS } from './limits';
import { headerOf, headOf, parseHeaderBlock, type ParsedMail, type ReturnedOriginal } from './mail';
import { readOriginal } from './original';
import { unquoteForwarded } from './text';

/** Media types that carry RFC 3464 per-message and per-recipient fields. */
const deliveryStatusTypes = new Set(['message/delivery-status', 'message/global-delivery-status']);
/** Media types that carry the returned message whole (RFC 3462 §2, RFC 6532 §3.7). */
const originalTypes = new Set(['message/rfc822', 'message/global', 'message/partial']);
/** Media types that carry only the returned message's headers (RFC 3462 §2). */
const originalHeaderTypes = new Set(['text/rfc822-headers', 'message/rfc822-headers', 'message/global-headers']);
/** Text attachments that belong to the notification (some MTAs attach the report as a file). */
const textTypes = new Set(['text/plain', 'text/html']);

function bytesOf(attachment: Attachment): Uint8Array {
  const content = attachment.content;
  if (typeof content === 'string') return new TextEncoder().encode(content);
  return content instanceof Uint8Array ? content : new Uint8Array(content);
}

function addressOf(email: Email, headers: Map<string, string[]>): { address: string; field: string } {
  const from = email.from;
  const field = headerOf(headers, 'from');
  if (!from) return { address: '', field: decodeHeaderWords(field) };
  if (from.address) return { address: from.address.toLowerCase(), field: from.name ? `${from.name} <${from.address}>` : from.address };
  const first = from.group?.[0];
  return { address: first?.address.toLowerCase() ?? '', field: decodeHeaderWords(field) };
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The header block re-read from its bytes when it holds raw 8-bit text that is not UTF-8: old
 * Japanese mailers write Shift_JIS or EUC-JP subjects unencoded (against RFC 5322 §2.2), and
 * postal-mime reads header bytes as UTF-8, which turns them into replacement characters.
 */
function eightBitHeaders(bytes: Uint8Array): Map<string, string[]> | undefined {
  const end = Math.min(bytes.length, MAX_ORIGINAL_HEADER_BYTES);
  let eightBit = false;
  let stop = end;
  for (let i = 0; i < end; i++) {
    const b = bytes[i] ?? 0;
    if (b >= 0x80) eightBit = true;
    if (b === 0x0a && (bytes[i + 1] === 0x0a || (bytes[i + 1] === 0x0d && bytes[i + 2] === 0x0a))) {
      stop = i;
      break;
    }
  }
  if (!eightBit) return undefined;
  const block = bytes.subarray(0, stop);
  try {
    strictUtf8.decode(block);
    return undefined;
  } catch {
    return parseHeaderBlock(decodeBytes(block));
  }
}

/** The text after the header block of raw mail bytes, for mails postal-mime found no part in. */
function rawBodyText(bytes: Uint8Array): string {
  const window = bytes.subarray(0, Math.min(bytes.length, MAX_SCAN_CHARS * 2));
  for (let i = 0; i + 1 < window.length; i++) {
    if (window[i] !== 0x0a) continue;
    if (window[i + 1] === 0x0a) return decodeBytes(window.subarray(i + 2));
    if (window[i + 1] === 0x0d && window[i + 2] === 0x0a) return decodeBytes(window.subarray(i + 3));
  }
  return '';
}

/**
 * The ArrayBuffer behind `bytes` when the view spans all of it: postal-mime copies any view it is
 * given (`buffer.slice`) but reads an ArrayBuffer as it is, and it does not write to its input.
 */
function wholeBuffer(bytes: Uint8Array): ArrayBuffer | undefined {
  const { buffer } = bytes;
  return buffer instanceof ArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === buffer.byteLength ? buffer : undefined;
}

const latin1 = new TextDecoder('iso-8859-1');

/**
 * True when a returned message is a delivery report itself: a multipart/report, a message with a
 * delivery-status part further down (a report inside a multipart/mixed), or a notice from a
 * report sender (a forwarded plain-text bounce).
 */
function isReport(original: ReturnedOriginal, bytes: Uint8Array): boolean {
  const type = headerOf(original.headers, 'content-type').toLowerCase();
  if (type.startsWith('multipart/report')) return true;
  if (isReportSender(headerOf(original.headers, 'from'))) return true;
  // A report part sits near the top (after the notification text), within the header-sized window.
  return type.startsWith('multipart/') && latin1.decode(bytes.subarray(0, MAX_ORIGINAL_HEADER_BYTES)).toLowerCase().includes('message/delivery-status');
}

/**
 * Parses raw mail bytes. Throws only what postal-mime throws (too deep, broken input). `nesting`
 * counts the reports this mail was found in (MAX_NESTED_REPORTS bounds the descent).
 */
export async function parseRawMail(bytes: Uint8Array, nesting = 0): Promise<ParsedMail> {
  const email = await PostalMime.parse(wholeBuffer(bytes) ?? bytes, {
    forceRfc822Attachments: true,
    attachmentEncoding: 'arraybuffer',
    maxNestingDepth: MAX_MIME_DEPTH,
  });
  const headers = new Map<string, string[]>();
  for (const h of email.headers) {
    const list = headers.get(h.key);
    if (list) list.push(h.value);
    else headers.set(h.key, [h.value]);
  }
  const deliveryStatus: string[] = [];
  const extraText: string[] = [];
  let feedbackReport = '';
  let original: ReturnedOriginal | undefined;
  let originalBytes: Uint8Array | undefined;
  for (const attachment of email.attachments) {
    const type = attachment.mimeType;
    if (deliveryStatusTypes.has(type)) {
      deliveryStatus.push(decodeBytes(bytesOf(attachment), type === 'message/global-delivery-status' ? 'utf-8' : ''));
    } else if (type === 'message/feedback-report') {
      feedbackReport += decodeBytes(bytesOf(attachment));
    } else if (originalTypes.has(type) || originalHeaderTypes.has(type)) {
      // The first returned message is the one that failed; later ones are its own attachments.
      if (!original) {
        originalBytes = bytesOf(attachment);
        original = readOriginal(originalBytes, originalHeaderTypes.has(type));
      }
    } else if ((textTypes.has(type) || /^text\/(?:plain|html)[\s;]/.test(type)) && extraText.length < 4) {
      // A text part whose Content-Type lost its ";" ("text/plain   charset=...") reaches us as
      // an attachment; it is still the notification text.
      const text = decodeBytes(bytesOf(attachment));
      extraText.push(type.startsWith('text/html') ? htmlToText(text) : text);
    }
  }
  let body = email.text ?? (email.html ? htmlToText(email.html) : '');
  // A multipart whose boundary never occurs (a relay rewrote it), or whose boundary parameter
  // fell off its header, leaves postal-mime with no text part; the raw body is then the only
  // text there is.
  if (!body) body = rawBodyText(bytes);
  if (extraText.length > 0) body = [body, ...extraText].join('\n');
  if (body.length > MAX_SCAN_CHARS) body = body.slice(0, MAX_SCAN_CHARS);
  body = unquoteForwarded(body);
  // A report attached whole to a mail that has none of its own is read as the report.
  const nestedReport =
    deliveryStatus.length === 0 && nesting < MAX_NESTED_REPORTS && original?.size !== undefined && originalBytes && isReport(original, originalBytes) ? originalBytes : undefined;
  const from = addressOf(email, headers);
  // postal-mime turns header bytes that are not UTF-8 into U+FFFD; only then re-read them.
  const reread = email.headers.some((h) => h.value.includes('\uFFFD')) ? eightBitHeaders(bytes) : undefined;
  const rawSubject = reread ? headerOf(reread, 'subject') : '';
  const rawFrom = reread ? headerOf(reread, 'from') : '';
  return {
    input: 'raw',
    headers,
    subject: rawSubject ? decodeHeaderWords(rawSubject) : (email.subject ?? ''),
    from: from.address,
    fromField: rawFrom ? decodeHeaderWords(rawFrom) : from.field,
    date: headerOf(headers, 'date'),
    messageId: email.messageId ?? '',
    contentType: (headerOf(headers, 'content-type').split(';')[0] ?? '').trim().toLowerCase(),
    body,
    head: headOf(body),
    deliveryStatus,
    feedbackReport,
    ...(original ? { original } : {}),
    ...(nestedReport ? { nestedReport } : {}),
    ...(nesting > 0 ? { nesting } : {}),
  };
}
