/**
 * Microsoft Exchange 2007 and later, and Exchange Online / Office 365 (whose notices share the
 * layout). The human-readable part, in the sender's language, lists the failed recipients and
 * then "Diagnostic information for administrators:", where each recipient is followed by the
 * remote reply ("Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; ...'" or
 * "#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##"). Some notices have no delivery-status
 * part at all, and when they do, its Diagnostic-Code lacks what the text says. This reader also
 * serves the rendered text Outlook on the web shows ("Reported error: ..." in newer notices).
 */
import { applyVerdict, emptyFact, type DecodedMail, type RawFact } from '../fact';
import type { ParsedMail } from '../mail';
import { matchByReason, type PhrasesByReason } from '../message-table';
import { decideMicrosoft } from '../rhost/microsoft';
import { ADDRESS_PATTERN, QUOTED_ADDRESS_PATTERN, addressOccurrences, containsAny, findAddress, splitLines, squeeze } from '../text';
import { factsOfDeliveryStatus } from './rfc3464';
import type { Lhost } from './types';

/** "Diagnostic information for administrators:" in the languages Exchange writes it. */
const diagnosticHeadings = [
  'diagnostic information for administrators',
  'informations de diagnostic pour les administrateurs',
  'informazioni di diagnostica per gli amministratori',
  'diagnoseinformationen für administratoren',
  'información de diagnóstico para administradores',
  'informações de diagnóstico para administradores',
  'diagnostische informatie voor beheerders',
  'diagnostische gegevens voor beheerders', // Sisimai Lhost/Office365.pm
  '管理者向けの診断情報',
];

/** "Original message headers:" in the same languages: where the returned headers start. */
const originalHeadings = [
  'original message headers',
  "en-têtes de message d'origine",
  'intestazioni originali del messaggio',
  'ursprüngliche nachrichtenkopfzeilen',
  'encabezados del mensaje original',
  'cabeçalhos originais da mensagem',
  'oorspronkelijke berichtkoppen',
  '元のメッセージ ヘッダー',
];

/** Sentences that open the list of failed recipients (the first thing an NDR says). */
const listHeadings = [
  'delivery has failed to these recipients or',
  'rejected your message to the following e',
  // One word (the address) between: with .+ every repeat of "your message to" rescans its line.
  "your message to \\S+ couldn't be delivered",
  'échec de la remise pour ces destinataires ou groupes',
  'recapito non riuscito per i destinatari o i gruppi seguenti',
  'die nachricht konnte nicht an folgende empfänger oder gruppen zugestellt werden',
  'error en la entrega a estos destinatarios o grupos',
  'falha na entrega para estes destinatários ou grupos',
  // Sisimai Lhost/Office365.pm: Portuguese and Dutch list headings
  'falha na entrega a estes destinat',
  'uw bericht kan niet worden bezorgd bij de volgende geadresseerden of groepen',
  '次の受信者またはグループへの配信に失敗しました',
  // Exchange Online's newer Japanese notice: "x へのメッセージを配信できませんでした。" (the address first)
  '(?:へ|に)の?メッセージを配信できませんでした',
];
const listHeadingPattern = new RegExp(listHeadings.join('|'), 'i');

/** Lines of the diagnostic section that are not about a recipient. */
const serverLine = /^(?:generating server|receiving server|serveur de g[ée]n[ée]ration|server di generazione|generierender server|servidor de generaci[óo]n|servidor de origem|bronserver|生成サーバー)\s*:/i;

/** The reply lines of an NDR's diagnostic section, in the notices that have no heading for it. */
const replyMarkers = /remote server returned|reported error:|報告されたエラー\s?[:：]|#\d{3} \d\.\d/;

function looksLikeExchangeNotice(mail: ParsedMail): boolean {
  if (mail.headers.has('x-ms-exchange-message-is-ndr')) return true;
  const head = mail.head;
  if (containsAny(head, diagnosticHeadings)) return true;
  return replyMarkers.test(head) && listHeadingPattern.test(head);
}

/** Answers kept per mail: the Exchange Online and the on-premises decoders both ask. */
const exchangeNotices = new WeakMap<ParsedMail, boolean>();

export function isExchangeNotice(mail: ParsedMail): boolean {
  let answer = exchangeNotices.get(mail);
  if (answer === undefined) {
    answer = looksLikeExchangeNotice(mail);
    exchangeNotices.set(mail, answer);
  }
  return answer;
}

interface ExchangeEntry {
  recipient: string;
  text: string;
}

/** An address alone on its line; a quoted local part ("a b"@example.jp) may hold anything. */
const addressAlone = new RegExp(String.raw`^(?:${QUOTED_ADDRESS_PATTERN}|[^\s@<>]+@[^\s@<>]+)$`);
const quotedMailto = new RegExp(String.raw`(${QUOTED_ADDRESS_PATTERN})>`, 'y');

/**
 * What /<mailto:("quoted"@domain|[^>]+)>/i captured: a quoted address (which may hold ">") or the
 * text up to the first ">". Scanned, as that pattern rescanned the line from every "<mailto:".
 */
function mailtoTarget(line: string): string | undefined {
  for (const link of line.matchAll(/<mailto:/gi)) {
    const start = link.index + link[0].length;
    quotedMailto.lastIndex = start;
    const quoted = quotedMailto.exec(line)?.[1];
    if (quoted) return quoted;
    const close = line.indexOf('>', start);
    if (close < 0) return undefined;
    if (close > start) return line.slice(start, close);
  }
  return undefined;
}
const undeliveredSentence = new RegExp(String.raw`your message to (${ADDRESS_PATTERN}) couldn't be delivered`, 'i');

/** Recipients and their replies from the diagnostic section, up to the original headers. */
function diagnosticEntries(body: string): ExchangeEntry[] {
  const lower = body.toLowerCase();
  const start = Math.max(...diagnosticHeadings.map((h) => lower.indexOf(h)));
  if (start < 0) return [];
  const entries: ExchangeEntry[] = [];
  let current: { recipient: string; lines: string[] } | null = null;
  for (const line of splitLines(body.slice(body.indexOf('\n', start) + 1))) {
    const trimmed = line.trim();
    if (originalHeadings.some((h) => trimmed.toLowerCase().startsWith(h))) break;
    if (!trimmed || serverLine.test(trimmed)) continue;
    if (addressAlone.test(trimmed)) {
      current = { recipient: findAddress(trimmed), lines: [] };
      entries.push({ recipient: current.recipient, text: '' });
      continue;
    }
    if (current) {
      current.lines.push(trimmed);
      const last = entries[entries.length - 1];
      if (last) last.text = squeeze(current.lines.join(' '));
    }
  }
  return entries;
}

/** Recipients named under the list heading ("Name<mailto:x@example.jp>" or "x@example.jp"). */
function listedRecipients(body: string): string[] {
  const heading = listHeadingPattern.exec(body);
  if (!heading) return [];
  const found: string[] = [];
  const sentence = undeliveredSentence.exec(body);
  if (sentence?.[1]) found.push(findAddress(sentence[1]));
  // Japanese names the address before the heading's words, on the same line.
  const lineStart = body.lastIndexOf('\n', heading.index) + 1;
  for (const { address } of addressOccurrences(body.slice(lineStart, heading.index))) if (!found.includes(address)) found.push(address);
  for (const line of splitLines(body.slice(heading.index, heading.index + 4000)).slice(1, 12)) {
    const mailto = mailtoTarget(line) ?? (addressAlone.exec(line.trim())?.[0] ?? '');
    const address = findAddress(mailto);
    if (address && !found.includes(address)) found.push(address);
  }
  return found;
}

/** The remote reply in an entry's text: the quoted "Remote Server returned '...'", "#550 ... ##", or "Reported error: ...". */
function replyOf(text: string): string {
  // The quote may contain apostrophes ("per it's SPF record"): take it up to the last one.
  const quoted = /remote server returned '(.+)'/i.exec(text)?.[1];
  if (quoted) return quoted;
  const hashed = /#(\d{3}[ -]\d\.\d{1,3}\.\d[^#]*)##?/.exec(text)?.[1];
  if (hashed) return hashed.trim();
  return reportedError(text) ?? text;
}

/**
 * What /reported error:\s*(.+)$/i captured, trimmed, without its quadratic backtracking over a
 * crafted run of blanks: the first "Reported error:" followed only by blanks up to the text's last
 * line, and something on that line after it.
 */
function reportedError(text: string): string | undefined {
  const lastBreak = Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r'), text.lastIndexOf('\u2028'), text.lastIndexOf('\u2029'));
  const lastLine = lastBreak + 1;
  if (lastLine >= text.length) return undefined;
  // Where the blank run that ends the second-to-last line starts.
  let blanksFrom = lastLine;
  while (blanksFrom > 0 && /\s/.test(text[blanksFrom - 1] ?? '')) blanksFrom--;
  for (const marker of text.matchAll(/reported error:/gi)) {
    const after = marker.index + marker[0].length;
    if (after >= text.length || (after < lastLine && after < blanksFrom)) continue;
    return text.slice(Math.max(after, lastLine)).trim();
  }
  return undefined;
}

/**
 * Exchange's own NDR codes and what each means where the provider rules (rhost/microsoft) say
 * nothing (Sisimai Lhost/Exchange2007.pm, its table of codes after the status).
 */
const exchangeNdrCodes: PhrasesByReason = [
  ['hostunknown', ['smtpsend.dns.nonexistentdomain']],
  ['networkerror', ['smtpsend.dns.mxloopback']],
  ['userunknown', ['resolver.adr.recipnotfound', 'resolver.adr.exrecipnotfound']],
  ['ratelimited', ['resolver.adr.reciplimit']],
  ['systemerror', ['resolver.adr.badprimary', 'resolver.adr.invalidinsmtp', 'resolver.adr.ambiguous']],
  ['securityerror', ['resolver.rst.authrequired']],
  ['rejected', ['resolver.rst.notauthorized']],
  ['emailtoolarge', ['resolver.rst.recipsizelimit']],
  ['expired', ['queue.expired']],
];

/** Reads an Exchange notice; `decoder` names it office365 or exchange2007. */
export function readExchangeNotice(mail: ParsedMail): DecodedMail | undefined {
  const entries = diagnosticEntries(mail.body);
  const byRecipient = new Map(entries.map((e) => [e.recipient, e.text]));
  let facts: RawFact[] = factsOfDeliveryStatus(mail);
  if (facts.length === 0) {
    const recipients = entries.length > 0 ? entries.map((e) => e.recipient) : listedRecipients(mail.body);
    facts = recipients.map((recipient) => ({ ...emptyFact(recipient), action: 'failed' }));
    if (facts.length === 1 && entries.length === 0 && facts[0]) {
      const reported =
        /(?:reported error|報告されたエラー)\s?[:：]\s*([^\n]+)/i.exec(mail.body)?.[1] ?? /remote server returned '([^']+)'/i.exec(mail.body)?.[1] ?? '';
      facts[0].diagnosticCode = squeeze(reported);
    }
  }
  const rejectedAtRcpt = /rejected your message to the following e-?mail addresses/i.test(mail.body);
  for (const fact of facts) {
    const text = byRecipient.get(fact.recipient);
    if (text && (!fact.diagnosticCode || text.includes(fact.diagnosticCode.slice(0, 20)))) fact.diagnosticCode = squeeze(replyOf(text));
    // "<host> rejected your message to the following email addresses": refused at RCPT TO.
    if (rejectedAtRcpt) fact.command ||= 'RCPT';
    const status = fact.status || (/\b([245]\.\d{1,3}\.\d{1,3})\b/.exec(fact.diagnosticCode)?.[1] ?? '');
    const microsoft = decideMicrosoft({ status, diagnosis: fact.diagnosticCode.toLowerCase() });
    if (microsoft && !fact.reason) {
      fact.reason = microsoft.reason;
      fact.reasonMatched = microsoft.matched;
    }
    if (!fact.reason) applyVerdict(fact, matchByReason(fact.diagnosticCode.toLowerCase(), exchangeNdrCodes));
  }
  // The returned headers follow the "Original message headers:" heading, in the sender's language.
  const lower = mail.head;
  const headingAt = Math.max(...originalHeadings.map((h) => lower.indexOf(h)));
  const inlineOriginal = headingAt >= 0 ? mail.body.slice(mail.body.indexOf('\n', headingAt) + 1).replace(/^\s+/, '') : '';
  return facts.length > 0 ? { facts, ...(inlineOriginal && !mail.original ? { inlineOriginal } : {}) } : undefined;
}

export const exchange2007: Lhost = {
  id: 'exchange2007',
  detect: isExchangeNotice,
  extract: readExchangeNotice,
};
