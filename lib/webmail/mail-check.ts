/**
 * Is this response a mail? The raw-source endpoints answer with HTML when the session has
 * expired (a sign-in page) or when the webmail changed its URLs, and postal-mime would happily
 * "parse" that page. An RFC 5322 message starts with header fields (name ":" value, §2.2) and
 * has an empty line before its body (§2.1).
 */
export type MailCheck = { ok: true } | { ok: false; cause: 'empty' | 'html' | 'not-a-mail' };

/** How much of the start of the response is looked at. */
const SNIFF_BYTES = 64 * 1024;

export function checkMailBytes(bytes: Uint8Array): MailCheck {
  if (bytes.length === 0) return { ok: false, cause: 'empty' };
  // latin1 maps each byte to one code unit: headers are 7-bit, so nothing is lost for the check.
  let head = '';
  const end = Math.min(bytes.length, SNIFF_BYTES);
  for (let i = 0; i < end; i++) head += String.fromCharCode(bytes[i] ?? 0);
  return checkMailText(head);
}

export function checkMailText(text: string): MailCheck {
  const head = text.slice(0, SNIFF_BYTES).replace(/^\uFEFF/, '').trimStart();
  if (head === '') return { ok: false, cause: 'empty' };
  if (/^<(?:!doctype|html|head|body|script|meta|title|\?xml)\b/i.test(head)) return { ok: false, cause: 'html' };
  // The first line is a header field (or an mbox "From " separator line).
  const firstLine = /^(?:From [^\r\n]*\r?\n)?[\x21-\x39\x3b-\x7e]+:/.exec(head);
  if (!firstLine) return { ok: false, cause: 'not-a-mail' };
  if (!/\r?\n\r?\n/.test(head) && head.length >= SNIFF_BYTES) return { ok: false, cause: 'not-a-mail' };
  return { ok: true };
}
