/**
 * Local delivery agents' messages (Sisimai MDA.pm). When the MTA hands a message to a local
 * delivery program and it fails, the notice carries the program's own line ("mail.local: unknown
 * user: x", "maildrop: maildir over quota.", "vdelivermail: user is over quota"); the DSN beside it
 * says only "X-Unix; 67" or a generic 5.0.0, so the generic readers took every such failure for a
 * broken mailer (mailererror) or found no reason at all. The generic readers (rfc3464, plaintext)
 * ask here: when a notice from a report sender holds one agent's marker, that agent's line decides.
 * Family decoders keep their own readings (Sisimai applies this table in its generic reader only).
 */
import { isReportSender } from '../bounce-signs';
import { applyVerdict, type RawFact } from '../fact';
import type { ParsedMail } from '../mail';
import type { PhrasesByReason } from '../message-table';
import { squeeze } from '../text';

interface DeliveryAgent {
  name: string;
  /** Texts that show the agent wrote the notice, in this order (Sisimai MDA.pm agent names). */
  markers: readonly string[];
  /** The agent's messages and what each means (Sisimai MDA.pm, citing each agent's source). */
  messages: PhrasesByReason;
}

const agents: readonly DeliveryAgent[] = [
  {
    // dovecot/src/deliver/deliver.c: "Your message to <%t> was automatically rejected:%n%r"
    name: 'dovecot',
    markers: ['Your message to ', ' was automatically rejected:'],
    messages: [
      ['userunknown', ["mailbox doesn't exist: "]],
      ['mailboxfull', ['quota exceeded', 'not enough disk space']],
    ],
  },
  {
    name: 'mail.local',
    markers: ['mail.local: '],
    messages: [
      ['userunknown', [': unknown user:', ': user unknown', ': invalid mailbox path', ': user missing home directory']],
      ['mailboxfull', ['disc quota exceeded', 'mailbox full or quota exceeded']],
      ['systemerror', ['temporary file write error']],
    ],
  },
  {
    name: 'procmail',
    markers: ['procmail: '],
    messages: [
      ['mailboxfull', ['quota exceeded while writing']],
      ['systemfull', ['no space left to finish writing']],
    ],
  },
  {
    name: 'maildrop',
    markers: ['maildrop: '],
    messages: [
      ['userunknown', ['invalid user specified.', 'cannot find system user']],
      ['mailboxfull', ['maildir over quota.']],
    ],
  },
  {
    name: 'vpopmail',
    markers: ['vdelivermail: '],
    messages: [
      ['userunknown', ['sorry, no mailbox here by that name.']],
      ['filtered', ['account is locked email bounced', 'user does not exist, but will deliver to ']],
      ['mailboxfull', ['domain is over quota', 'user is over quota']],
    ],
  },
  {
    name: 'vmailmgr',
    markers: ['vdeliver: '],
    messages: [
      ['userunknown', ['invalid or unknown base user or domain', 'invalid or unknown virtual user', 'user name does not refer to a virtual user']],
      ['mailboxfull', ['delivery failed due to system quota violation']],
    ],
  },
];

/** The agent whose markers the text holds, in order. */
function agentOf(text: string): DeliveryAgent | undefined {
  return agents.find((agent) => {
    let at = 0;
    for (const marker of agent.markers) {
      const found = text.indexOf(marker, at);
      if (found < 0) return false;
      at = found + marker.length;
    }
    return true;
  });
}

/** Lines of the notice looked at for the agent's message (its report, before the original). */
const MAX_AGENT_LINES = 400;

/** The agent's verdict on a notice: its reason and the line that says it. */
export function deliveryAgentVerdict(mail: ParsedMail): { agent: string; reason: PhrasesByReason[number][0]; matched: string; line: string } | undefined {
  if (!isReportSender(`${mail.from} ${mail.fromField}`)) return undefined;
  const agent = agentOf(mail.body.slice(0, 64 * 1024));
  if (!agent) return undefined;
  const lines = mail.body.split('\n', MAX_AGENT_LINES).map((line) => [line, line.toLowerCase()] as const);
  // Reasons in table order, each over every line (a later line may hold the decisive text).
  for (const [reason, phrases] of agent.messages) {
    for (const [line, lowered] of lines) {
      const matched = phrases.find((phrase) => lowered.includes(phrase));
      if (matched) return { agent: agent.name, reason, matched, line: squeeze(line) };
    }
  }
  return undefined;
}

/** Gives each fact the agent's reason and line, when a local delivery agent wrote the notice. */
export function applyDeliveryAgent(mail: ParsedMail, facts: readonly RawFact[]): void {
  const verdict = deliveryAgentVerdict(mail);
  if (!verdict) return;
  for (const fact of facts) {
    fact.diagnosticCode = verdict.line;
    fact.command = '';
    applyVerdict(fact, { reason: verdict.reason, matched: verdict.matched.replace(/^: /, '') });
  }
}
