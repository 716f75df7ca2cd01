import type { ReasonId } from './taxonomy';

/**
 * What each reason is about: the one question "whose problem is this?" that decides who acts,
 * whether the recipient's address is blamed and whether the user's own sending is in trouble.
 *
 * - address: the recipient's address or mailbox (the address itself, or the recipient's own
 *   settings and quota). Only these, and the path, can tell that an address is dead.
 * - message: this one mail (its size, format, content). Changing the mail fixes it; the same
 *   address takes the next mail. Five too-large mails to one person say nothing about the person.
 * - sender: the user's mail, domain or server as the receiver sees it (IP on a block list, no
 *   authentication, no PTR, too fast). It hits every recipient alike, so it is told as a problem
 *   of "your sending", never counted against the recipient (HubSpot's mass "unbounce" found a
 *   third of contacts flagged for such reasons still alive: anchors.md, peers.md Synthesis A.4).
 * - path: the servers or the network between (timeouts, DNS trouble, the receiver's outage). It
 *   passes by itself, but a run of them is how a dead domain looks from outside.
 * - undecided: too little to tell (Sisimai's onhold, undefined); counted like the path, since a
 *   failure that says nothing may still be the address (the tracker's soft run is the safeguard).
 * - not-failure: delivered, an auto-reply or a complaint (Sisimai: neither hard nor soft).
 */
export type Concern = 'address' | 'message' | 'sender' | 'path' | 'undecided' | 'not-failure';

export const CONCERNS: readonly Concern[] = ['address', 'message', 'sender', 'path', 'undecided', 'not-failure'];

export interface ReasonConcern {
  concern: Concern;
  /** Why the reason belongs there (Sisimai's definition, https://libsisimai.org/en/reason/, anchors.md §1.1). */
  why: string;
}

/** Every reason, once. A reason added to REASON_IDS without an entry here fails `tsc`. */
export const REASON_CONCERNS: Readonly<Record<ReasonId, ReasonConcern>> = {
  userunknown: { concern: 'address', why: 'The mailbox does not exist at the recipient domain (5.1.1).' },
  hostunknown: { concern: 'address', why: 'The domain after @ does not exist or has no usable mail DNS (5.1.2).' },
  hasmoved: { concern: 'address', why: 'The mailbox moved and is not forwarded (5.1.6).' },
  notaccept: { concern: 'address', why: 'The recipient domain accepts no mail at all (Null MX, 556, 5.3.2).' },
  filtered: {
    concern: 'address',
    why: "The recipient's own filter or reception setting refuses the mail (carrier 受信拒否); only the recipient can change it.",
  },
  mailboxfull: { concern: 'address', why: "The recipient's mailbox is over quota; the recipient frees space (4.2.2/5.2.2)." },
  suspend: { concern: 'address', why: "The recipient's account is suspended or disabled by its provider." },
  suppressed: {
    concern: 'address',
    why: "The sending service skipped the address because of the address's own history (earlier bounces or complaints).",
  },
  emailtoolarge: { concern: 'message', why: 'This mail exceeds a size limit (5.3.4, 5.2.3); a smaller mail goes through.' },
  contenterror: { concern: 'message', why: "This mail's header or body format was refused (5.6.x); another format goes through." },
  virusdetected: { concern: 'message', why: "This mail's attachment was judged malware; the same address takes a clean mail." },
  spamdetected: {
    concern: 'message',
    why: "This mail's content was judged spam. When the rejection names a block list, it is the sender's IP instead (story.ts).",
  },
  notcompliantrfc: { concern: 'message', why: 'This mail breaks RFC 5322 (e.g. two Subject fields); the sending software writes it.' },
  blocked: { concern: 'sender', why: "The sender's IP address, host name or HELO was refused, often from a block list such as Spamhaus." },
  badreputation: { concern: 'sender', why: "The sender's IP or domain has a low reputation at the receiver (Gmail, Outlook)." },
  authfailure: { concern: 'sender', why: "The sender's domain failed SPF, DKIM or DMARC (e.g. Gmail 5.7.26); its DNS is fixed by its administrator." },
  requireptr: { concern: 'sender', why: "The sender's server has no PTR record, or a wrong one (Gmail 5.7.25)." },
  policyviolation: {
    concern: 'sender',
    why: "The receiver's policy refuses mail from this sender (outside senders, this kind of mail); the address itself is not in question.",
  },
  securityerror: { concern: 'sender', why: 'A security check of the sender failed (5.7.x: authentication, not permitted to send this way).' },
  norelaying: { concern: 'sender', why: "The sender's mail client or server is not allowed to relay (SMTP authentication, MX settings)." },
  ratelimited: { concern: 'sender', why: 'The sender sent too much or too fast, or opened too many connections.' },
  rejected: {
    concern: 'sender',
    why: "The envelope sender (MAIL FROM) or its domain was refused (5.1.8). At a carrier after DATA it is the recipient's filter (story.ts).",
  },
  failedstarttls: { concern: 'sender', why: "TLS could not be set up with the sender's server; the sending side's TLS settings are checked first." },
  syntaxerror: { concern: 'sender', why: "The receiver refused an SMTP command from the sender's software or server as malformed." },
  expired: { concern: 'path', why: 'The sending server gave up after days without reaching the receiver.' },
  networkerror: { concern: 'path', why: 'DNS or routing failed between the servers. A non-existent domain is told apart by its evidence (story.ts).' },
  systemerror: { concern: 'path', why: 'The receiving server had an error of its own.' },
  systemfull: { concern: 'path', why: "The receiving server's disk is full: the whole server, not one mailbox." },
  mailererror: { concern: 'path', why: "The receiving server's delivery program failed after it accepted the mail." },
  onhold: { concern: 'undecided', why: 'There was too little information to decide (Sisimai onhold).' },
  undefined: { concern: 'undecided', why: 'There was no code or text to decide from (Sisimai undefined).' },
  delivered: { concern: 'not-failure', why: 'A delivery report (2.x.x): the mail arrived.' },
  vacation: { concern: 'not-failure', why: 'An auto-reply (RFC 3834): the mail arrived.' },
  feedback: { concern: 'not-failure', why: 'A complaint report (ARF): the mail arrived and was marked as spam.' },
};

/** The concern of a reason; an unknown name (stale stored data) is undecided. */
export function concernOf(reason: ReasonId): Concern {
  return REASON_CONCERNS[reason]?.concern ?? 'undecided';
}
