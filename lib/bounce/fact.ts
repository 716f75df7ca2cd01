/** What a decoder reads of one failed recipient, before the reason is decided. */
import type { ReasonId } from './reasons/taxonomy';

export interface RawFact {
  /** The failed address, normalised (lowercase, no brackets). */
  recipient: string;
  /** DSN Action: failed, delayed, delivered, relayed, expanded; '' when unknown. */
  action: string;
  /** RFC 3463 code as the bounce states it (DSN Status or the text), '' when none. */
  status: string;
  replyCode: string;
  /** The remote server's own words, one line. */
  diagnosticCode: string;
  /** Diagnostic-Code type: SMTP, X-UNIX, X-POSTFIX, ...; '' when unknown. */
  diagnosticType: string;
  /** SMTP command at which delivery failed, '' when unknown. */
  command: string;
  /** The host that answered, '' when unknown. */
  remoteMta: string;
  /** A verdict of the decoder's own table, when it has one. */
  reason?: ReasonId;
  /** What in the decoder's table decided `reason`. */
  reasonMatched?: string;
}

/** A fact with every field empty, to fill in. */
export function emptyFact(recipient: string): RawFact {
  return { recipient, action: '', status: '', replyCode: '', diagnosticCode: '', diagnosticType: '', command: '', remoteMta: '' };
}

/** What a decoder found in one mail. */
export interface DecodedMail {
  facts: RawFact[];
  /** The decoder's own kind when the mail is not a failure report (feedback, auto-reply). */
  kind?: 'feedback' | 'auto-reply';
  /** Where the returned original starts in a plain-text bounce, when it is inline. */
  inlineOriginal?: string;
}

/** Records a decoder table's verdict on a fact (no-op without one). */
export function applyVerdict(fact: RawFact, verdict: { reason: ReasonId; matched: string } | undefined): void {
  if (!verdict) return;
  fact.reason = verdict.reason;
  fact.reasonMatched = verdict.matched;
}
