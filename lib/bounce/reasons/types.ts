import type { PhraseTable } from '../text';
import type { ReasonId } from './taxonomy';

/** What the reason rules read of one failed recipient; texts are lowercased and squeezed. */
export interface ReasonFacts {
  /** RFC 3463 status code, '' when none. */
  status: string;
  /** The reason the status code alone names (status-table.ts), when it names one. */
  statusReason: ReasonId | undefined;
  /** The diagnostic text, lowercased, whitespace squeezed. */
  diagnosis: string;
  /** SMTP command at which delivery failed, '' when unknown. */
  command: string;
  /** Diagnostic-Code type: SMTP, X-UNIX, X-POSTFIX, ...; '' when unknown. */
  diagnosticType: string;
  /** DSN Action, lowercased. */
  action: string;
  replyCode: string;
  /** A decoder's own verdict that is worth a second look (index.ts RETRY_REASONS), if any. */
  decoderReason?: ReasonId;
}

/** One reason: its phrase table and, when the generic test is not enough, its own test. */
export interface ReasonRule {
  readonly id: ReasonId;
  readonly phrases: PhraseTable;
  /**
   * The whole-fact test of the first pass (Sisimai's true()): returns what decided it (a code
   * or a phrase) or '' when the reason does not apply. When absent, the generic test applies:
   * the status code names this reason, or a phrase of the table is in the diagnosis.
   */
  readonly decide?: (facts: ReasonFacts) => string;
}
