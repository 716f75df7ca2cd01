/**
 * Readers for the human-readable part of bounces that name each recipient at the start of a
 * paragraph, shared by several families: Postfix ("<x@example.jp>: host mx[192.0.2.1] said:
 * 550 ... (in reply to RCPT TO command)"), OpenSMTPD, and others. Continuation lines are
 * usually indented (not always: some relays rewrap them flush left); a paragraph ends at an
 * empty line or at the next recipient.
 */
import { ADDRESS_PATTERN, findAddress, splitLines, squeeze } from '../text';

export interface RecipientParagraph {
  recipient: string;
  /** The paragraph after "<address>:", whitespace squeezed. */
  text: string;
}

// "<x@example.jp>: text", "x@example.jp: text", and Postfix's alias form
// "<x@example.jp> (expanded from <alias@example.jp>): text", which may wrap after "from".
// Postfix quotes a local part that needs it (<"a b"@example.jp>: ...).
const paragraphOpener = new RegExp(String.raw`^<?(${ADDRESS_PATTERN})>?(?: \(expanded from <[^>]*>\))?:(?:\s(.*))?$`);
const wrappedAliasOpener = new RegExp(String.raw`^<(${ADDRESS_PATTERN})> \(expanded from(?:\s.*)?$`);

/** Paragraphs that start with "<address>:" or "address:" at the start of a line. */
export function recipientParagraphs(text: string): RecipientParagraph[] {
  const out: { recipient: string; lines: string[] }[] = [];
  let current: { recipient: string; lines: string[] } | null = null;
  for (const line of splitLines(text)) {
    const opener = paragraphOpener.exec(line) ?? wrappedAliasOpener.exec(line);
    if (opener?.[1]) {
      current = { recipient: findAddress(opener[1]), lines: [opener[2] ?? ''] };
      out.push(current);
      continue;
    }
    if (!current) continue;
    if (line.trim() === '') {
      current = null;
      continue;
    }
    current.lines.push(line.trim());
  }
  return out.filter((p) => p.recipient).map((p) => ({ recipient: p.recipient, text: squeeze(p.lines.join(' ')) }));
}

/** The remote host named in a Postfix-style paragraph ("host mx.example.jp[192.0.2.1] said", "connect to mx[..]"). */
export function remoteHostOf(text: string): string {
  // A name folded after a hyphen ("host example-" / "    com.mail.protection.outlook.com[...]")
  // reads "example- com..." once the paragraph is joined: the blank is the fold, not the name.
  const match = /\b(?:host|connect to) ([a-z0-9][a-z0-9.-]*(?:- [a-z0-9][a-z0-9.-]*)?\.[a-z]{2,})\[/i.exec(text);
  return match?.[1]?.replace('- ', '-').toLowerCase() ?? '';
}
