/**
 * Reads the raw source out of Gmail's "show original" page: the text of pre#raw_message_text
 * (gmail.js PR #307). Done with a pattern instead of an HTML parser, so the page's markup is
 * never parsed into a document (no Trusted Types question, nothing inert turned live) and the
 * function is pure. The pre holds text only; its entities are decoded here.
 */
const rawMessagePre = /<pre\b[^>]*\bid\s*=\s*["']?raw_message_text["']?[^>]*>([\s\S]*?)<\/pre\s*>/i;

const namedEntities: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeHtmlEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, body: string) => {
    if (body.startsWith('#')) {
      const code = body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
    }
    return namedEntities[body.toLowerCase()] ?? entity;
  });
}

/** The raw source in a "show original" page, or undefined when the page has none (a sign-in page). */
export function extractShowOriginalSource(html: string): string | undefined {
  const match = rawMessagePre.exec(html);
  if (!match?.[1]) return undefined;
  // Tags inside the pre (Gmail has wrapped long lines in spans before) carry no mail text.
  return decodeHtmlEntities(match[1].replace(/<[^>]*>/g, ''));
}

/**
 * Gmail's `ik` (the account's internal key), which the show-original page asks for. It sits in
 * the page's `GLOBALS` array (gmail.js api.tracker.ik, index 9). Read from the inline script's
 * text; undefined when not found (the request is then tried without it).
 */
export function findGmailIk(scriptTexts: Iterable<string>): string | undefined {
  for (const text of scriptTexts) {
    const globals = /\bGLOBALS\s*=\s*\[([^\]]{0,4000})/.exec(text);
    if (!globals?.[1]) continue;
    const items = globals[1].split(',');
    const ik = /^\s*"([0-9a-f]{8,16})"\s*$/i.exec(items[9] ?? '');
    if (ik?.[1]) return ik[1];
  }
  return undefined;
}
