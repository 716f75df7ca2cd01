/**
 * Reads the raw source out of Gmail's "show original" page: the text of pre#raw_message_text
 * (gmail.js PR #307). Done with a linear scan instead of an HTML parser, so the page's markup is
 * never parsed into a document (no Trusted Types question, nothing inert turned live) and the
 * function is pure. The pre holds text only; its entities are decoded here.
 */
import { withoutTags } from '../dom';

const preOpener = /<pre\b/gi;
const rawMessageId = /\bid\s*=\s*["']?raw_message_text/i;
const preCloser = /<\/pre\s*>/gi;

/**
 * What /<pre\b[^>]*\bid\s*=\s*["']?raw_message_text["']?[^>]*>([\s\S]*?)<\/pre\s*>/i captured, by a
 * scan: that pattern was cubic on a page of crafted "<pre" repeats. Each "<pre" is answered by the
 * first ">" after it; a later "<pre" before that ">" has a part of the same tag, so it is skipped.
 */
function rawMessageText(html: string): string | undefined {
  let skipUntil = 0;
  for (const opener of html.matchAll(preOpener)) {
    if (opener.index < skipUntil) continue;
    const close = html.indexOf('>', opener.index + opener[0].length);
    if (close < 0) return undefined;
    skipUntil = close;
    if (!rawMessageId.test(html.slice(opener.index + opener[0].length, close))) continue;
    preCloser.lastIndex = close + 1;
    const end = preCloser.exec(html);
    return end ? html.slice(close + 1, end.index) : undefined;
  }
  return undefined;
}

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
  const text = rawMessageText(html);
  if (!text) return undefined;
  // Tags inside the pre (Gmail has wrapped long lines in spans before) carry no mail text.
  return decodeHtmlEntities(withoutTags(text));
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
