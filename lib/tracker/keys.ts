// Keys that identify a bounce mail, so that the same bounce opened twice counts once.
// Pure. Each key is stored as a 64-bit FNV-1a hash in hex: short (the store stays bounded),
// and the store keeps no Message-IDs or webmail ids in clear.

/** FNV-1a over UTF-16 code units, 32 bits (http://www.isthe.com/chongo/tech/comp/fnv/). */
function fnv1a32(text: string, basis: number): number {
  let hash = basis >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** Two 32-bit FNV-1a passes with different offset bases: 16 hex digits. */
export function hashKey(key: string): string {
  const hex = (n: number): string => n.toString(16).padStart(8, '0');
  return hex(fnv1a32(key, 0x811c9dc5)) + hex(fnv1a32(key, 0x050c5d1f));
}

/** What a stored key looks like. */
export const STORED_KEY_PATTERN = /^[0-9a-f]{16}$/;

/**
 * The keys of one bounce mail: the key its reader gave (e.g. `gmail:<message id>`) and, when the
 * raw source gave one, its Message-ID (RFC 5322 §3.6.4), so the same bounce read in Gmail and
 * pasted into the options page counts once.
 */
export function bounceKeys(messageKey: string, messageId: string | undefined): string[] {
  const keys: string[] = [];
  const given = messageKey.trim();
  if (given !== '') keys.push(hashKey(given));
  const id = messageId?.trim().replace(/^<(.*)>$/, '$1') ?? '';
  if (id !== '') {
    const idKey = hashKey(`message-id:${id}`);
    if (!keys.includes(idKey)) keys.push(idKey);
  }
  return keys;
}
