/**
 * Sendmail (8.x). The delivery-status part gives recipient, status and the final reply, but
 * not the SMTP stage, and some fields come out damaged (a Final-Recipient without local part,
 * no Diagnostic-Code for queue timeouts). The "Transcript of session follows" section has what
 * is missing: the last command sent (">>> DATA"), every reply ("<<< 550 ..."), the host, and
 * sendmail's own result lines ("<x@example.jp>... Deferred: Name server: ...").
 */
import { emptyFact, type DecodedMail, type RawFact } from '../fact';
import type { ParsedMail } from '../mail';
import { findStatusCode } from '../smtp';
import { ADDRESS_PATTERN, QUOTED_ADDRESS_PATTERN, containsAny, domainOf, findAddress, splitLines, squeeze } from '../text';
import { factsOfDeliveryStatus } from './rfc3464';
import { readTranscript, type Transcript } from './transcript';
import type { Lhost } from './types';

/** Section markers of sendmail's notification (sendmail/savemail.c). */
const fatalListMarker = 'The following addresses had permanent fatal errors';
const transientListMarker = 'The following addresses had transient non-fatal errors';
const transcriptMarker = 'Transcript of session follows';
/** The list markers as they appear in ParsedMail.head (lowercased). */
const listMarkersLowered = [fatalListMarker.toLowerCase(), transientListMarker.toLowerCase()];
const transcriptMarkerLowered = transcriptMarker.toLowerCase();

function isSendmail(mail: ParsedMail): boolean {
  const body = mail.body;
  const head = mail.head;
  if (mail.deliveryStatus.length === 0 && head.includes('unsent message follows')) return false;
  const marked =
    containsAny(head, listMarkersLowered) ||
    (head.includes(transcriptMarkerLowered) && /^(?:returned mail:|warning: could not send message|postmaster notify:)/i.test(mail.subject.replace(/^fwd?:\s*/i, '')));
  // Active!hunter copies sendmail's section rules but lists ">>> x@example.jp <x@example.jp>".
  return marked && !/^>>> [^\s@]+@\S+ <[^\s@]+@\S+>/m.test(body);
}

const addressFirst = new RegExp(String.raw`^<?(${ADDRESS_PATTERN})`);

/**
 * An address of the "permanent fatal errors" list, "<x@example.jp>... reason" or bare: what
 * /^<?(address)>?(?:\.\.\..*)?$/ captured. The domain may hold dots, so that pattern could cut
 * a line of dots in every way (quadratic); here the longest address is taken and shortened, one
 * domain character at a time, until what follows is nothing, ">", or "...".
 */
function listedAddress(line: string): string | undefined {
  const found = addressFirst.exec(line);
  const address = found?.[1];
  if (!found || !address) return undefined;
  const domainAt = localPartLength(address) + 1;
  const end = found.index + found[0].length;
  for (let cut = 0; address.length - cut > domainAt; cut++) {
    const at = end - cut;
    const bracket = line[at] === '>' ? 1 : 0;
    if (at + bracket === line.length || line.startsWith('...', at + bracket)) return address.slice(0, address.length - cut);
  }
  return undefined;
}

/** Length of an address's local part: a quoted one up to its closing quote, or up to the first "@". */
function localPartLength(address: string): number {
  if (!address.startsWith('"')) return address.indexOf('@');
  for (let i = 1; i < address.length; i++) {
    if (address[i] === '\\') i++;
    else if (address[i] === '"') return i + 1;
  }
  return address.length;
}
/** Sendmail's "[550 5.1.1 ]<x@example.jp>... text" line; the address may be quoted ("a b"@x) or "@domain". */
const resultLine = new RegExp(String.raw`^(?:[245]\d\d(?: [245]\.\d\.\d+)? )?<(${QUOTED_ADDRESS_PATTERN}|[^>]+)>\.{3} ?(.*)$`);

/** Addresses of the "permanent fatal errors" list, each with its "(reason: ...)" line. */
function fatalList(body: string): Map<string, string> {
  const list = new Map<string, string>();
  const at = Math.max(body.indexOf(fatalListMarker), body.indexOf(transientListMarker));
  if (at < 0) return list;
  let last = '';
  for (const line of splitLines(body.slice(body.indexOf('\n', at) + 1))) {
    const trimmed = line.trim();
    if (trimmed.includes(transcriptMarker) || /^-{3,}/.test(trimmed)) break;
    const reason = /^\(reason: (.*)\)$/.exec(trimmed);
    if (reason?.[1] && last) {
      list.set(last, reason[1]);
      continue;
    }
    const address = listedAddress(trimmed);
    if (address) {
      last = findAddress(address);
      if (last && !list.has(last)) list.set(last, '');
    }
  }
  return list;
}

/**
 * Sendmail's own words about one recipient: "<x@example.jp>... text" lines (with or without a
 * reply code first); failing those, lines that concern the whole delivery ("554 5.3.0 unknown
 * mailer error 255", "Message could not be delivered for 8 hours").
 */
function resultFor(transcript: Transcript, recipient: string): { text: string; status: string } {
  const own: string[] = [];
  const general: string[] = [];
  let status = '';
  for (const line of transcript.results) {
    const about = resultLine.exec(line);
    if (about?.[1] !== undefined) {
      if (findAddress(about[1]) === recipient || (about[1].startsWith('@') && domainOf(recipient) === about[1].slice(1).toLowerCase())) {
        // A line with a reply code is the remote server's answer: keep it whole.
        own.push(/^[245]\d\d /.test(line) ? line : (about[2] ?? ''));
        status ||= findStatusCode(line.slice(0, 12));
      }
      continue;
    }
    if (/^[45]\d\d /.test(line) && !/^\d{3} \S+ \(smtp\)/.test(line)) {
      general.push(line);
      status ||= findStatusCode(line.slice(0, 12));
      continue;
    }
    if (/^(?:message |warning: )/i.test(line)) (own.length > 0 ? own : general).push(line);
  }
  return { text: squeeze((own.length > 0 ? own : general).join(' ')), status };
}

/** A Final-Recipient without local part ("@mx.example.org") completed from the report's text. */
function completeRecipient(recipient: string, candidates: readonly string[]): string {
  if (!recipient.startsWith('@')) return recipient;
  const domain = recipient.slice(1);
  return candidates.find((c) => domainOf(c) === domain || domain.endsWith(`.${domainOf(c)}`)) ?? candidates[0] ?? '';
}

export const sendmail: Lhost = {
  id: 'sendmail',
  detect: isSendmail,
  extract(mail): DecodedMail | undefined {
    const listed = fatalList(mail.body);
    const transcript = readTranscript(mail.body, ['Content-Type: message/', 'Reporting-MTA:']);
    const candidates = [...listed.keys(), ...transcript.results.map((r) => findAddress(r)).filter(Boolean)];
    let facts: RawFact[] = factsOfDeliveryStatus(mail);
    // Without a delivery-status part (a rendered notice), the list's "(reason: ...)" line is
    // what sendmail writes into the DSN's Diagnostic-Code (the recipient's error message), so it
    // stands for it, codes included, ahead of sendmail's own later result lines.
    if (facts.length === 0) facts = [...listed].map(([recipient, reason]) => ({ ...emptyFact(recipient), action: 'failed', diagnosticCode: reason, status: findStatusCode(reason.slice(0, 16)) }));
    // Sendmail's transcript: the last command sent and every reply heard, for all recipients.
    const commands = transcript.sessions.flatMap((s) => s.commands);
    const replies = transcript.sessions.flatMap((s) => s.replies);
    const lastCommand = commands.at(-1) ?? (replies.length > 0 ? 'EHLO' : '');
    for (const fact of facts) {
      fact.recipient = completeRecipient(fact.recipient, candidates);
      const result = resultFor(transcript, fact.recipient);
      fact.command ||= lastCommand;
      if (!fact.status && result.status) fact.status = result.status;
      // "Diagnostic-Code: X-Unix; 77" is a local exit status; the transcript's reply line says
      // what the server answered, so it replaces the number and the text is an SMTP reply again.
      if (/^\d*$/.test(fact.diagnosticCode) && result.text) {
        fact.diagnosticCode = '';
        fact.diagnosticType = 'SMTP';
      }
      const own = fact.diagnosticCode || result.text || listed.get(fact.recipient) || '';
      fact.diagnosticCode = squeeze([...replies, own].join(' '));
      const session = transcript.sessions.find((s) => s.rcptTo.includes(fact.recipient)) ?? transcript.sessions[0];
      if (!fact.remoteMta && session?.host) fact.remoteMta = session.host;
    }
    facts = facts.filter((f) => f.recipient.includes('@'));
    return facts.length > 0 ? { facts } : undefined;
  },
};
