import type { Lang } from '@/lib/i18n/lang';
import type { OriginalMessage, ReasonId, ReportKind, Severity, UnparsedCause } from '@/lib/bounce/types';
import type { CarrierId } from '@/lib/typo/providers';
import type { AddressSuggestion, TypoFix } from '@/lib/typo/types';
import type { RecipientStory, StoryText, TrackerEffect, Verdict } from './story';

export type { Lang } from '@/lib/i18n/lang';

/**
 * Who has to act. 'you' is the person who sent the mail; 'your-admin' their mail
 * administrator or provider; 'nobody' when the servers retry by themselves.
 */
export type Actor = 'you' | 'recipient' | 'your-admin' | 'recipient-admin' | 'nobody';

export const ACTORS: readonly Actor[] = ['you', 'recipient', 'your-admin', 'recipient-admin', 'nobody'];

/** Everything a person needs to understand one outcome, in one language. */
export interface Explanation {
  /** One line, e.g. 「宛先のアドレス（@より前）が間違っています」. */
  title: string;
  /** What happened, in plain words; short sentences, technical words glossed. */
  whatHappened: string;
  actor: Actor;
  /** Who has to act, in words. */
  actorText: string;
  /** What to do now, as concrete steps (shown numbered). */
  steps: readonly string[];
  /** Whether resending helps, and when. */
  resend: string;
  /** The verdict in words, e.g. that this address will not receive mail again. */
  verdict: string;
  /**
   * hard or soft as this text treats it: the classifier's severity when given, else the
   * reason's usual one (Sisimai's rule). Absent for outcomes that are not failures.
   */
  severity?: Severity;
  /**
   * A short message the user can copy and send to whoever has to fix something: their own
   * mail administrator, the recipient's, or the recipient (by another channel). Ends with the
   * recipient address and the error codes when known. Absent when only the user acts.
   */
  adminMessage?: string;
  /**
   * Extra facts that apply to this case (the recipient's mobile carrier, the tracker's
   * soft-bounce rule, ...). Shown after the steps; may be empty.
   */
  notes?: readonly string[];
}

/** A decisive English phrase or code found in a bounce, with its meaning. */
export interface GlossaryMatch {
  /** As it appears in the bounce text. */
  matched: string;
  /** The glossary's own spelling of the phrase or code. */
  term: string;
  meaning: string;
}

export type ExplainLang = Lang;

/**
 * What is known about one failure, beyond its reason. Every field is optional: the text
 * gets more specific with each one (the carrier from the recipient's domain, the size from
 * the original message, the authentication checks named in the diagnostic).
 */
export interface ExplainContext {
  /** The failed address, e.g. "taro@docomo.ne.jp". */
  recipient?: string;
  /** RFC 3463 enhanced status code, e.g. "5.7.26". */
  status?: string;
  /** SMTP reply code, e.g. "550". */
  replyCode?: string;
  /** The remote server's own words (attacker-controlled: read, never rendered as HTML). */
  diagnosticCode?: string;
  /** hard or soft as the classifier decided; some texts depend on it (notaccept, filtered). */
  severity?: Severity;
  /** RFC 3464 Action ('failed', 'delayed'): a 4xx code on a failed recipient is no longer retried. */
  action?: string;
  /** The message that failed: its size and attachments make the too-large text concrete. */
  original?: OriginalMessage;
  /** Consecutive soft bounces that count as one hard bounce in the tracker (a setting, default 5). */
  softBounceLimit?: number;
  /** The corrected address (lib/typo), when the story found one: the mistyped-domain text names it. */
  suggestion?: AddressSuggestion;
  /** The story's evidence that the domain does not exist (NXDOMAIN, 5.1.2, 5.4.310). */
  nonexistentDomain?: boolean;
}

/** Options for the report-level text. */
export interface ReportExplainOptions {
  /** Consecutive soft bounces that count as one hard bounce in the tracker (a setting, default 5). */
  softBounceLimit?: number;
}

/** Options for one recipient's text: the story when the caller has decided it already (story.ts). */
export interface RecipientExplainOptions extends ReportExplainOptions {
  story?: RecipientStory;
}

/** The facts a text template can use: derived once from ExplainContext, language-neutral. */
export interface TextFacts {
  recipient: string;
  /** Lowercased part after the last @, '' when unknown. */
  domain: string;
  carrier: CarrierId | undefined;
  status: string;
  replyCode: string;
  severity: Severity | undefined;
  /** Total size in bytes of the original (or of its attachments), when known. */
  sizeBytes: number | undefined;
  /** True when sizeBytes is the sum of the attachments rather than the whole message. */
  sizeIsAttachments: boolean;
  /** Attachment file names, capped in number and length. */
  attachmentNames: readonly string[];
  /** How many more attachments there are beyond attachmentNames. */
  moreAttachments: number;
  /** Authentication checks the diagnostic names: SPF, DKIM, DMARC. */
  authChecks: readonly string[];
  /** Block lists (DNSBLs) the diagnostic names, e.g. Spamhaus. */
  blocklists: readonly string[];
  /** What the codes and the diagnostic add, language-neutral (see facts.ts for the sources). */
  signals: ReadonlySet<Signal>;
  softBounceLimit: number;
  /** The corrected address, when one was found. */
  suggestion: AddressSuggestion | undefined;
  /** The user's own domain (the returned original's From), '' when unknown: the carrier request names it. */
  ownDomain: string;
  /** The domain does not exist (the story's evidence). */
  nonexistentDomain: boolean;
}

/**
 * Details read from the codes and the diagnostic that change the advice.
 * - temporary: a 4xx code on a recipient not yet failed; the sending server keeps trying by itself.
 * - gave-up: a 4xx code on a recipient that failed (Action: failed): the sending server has stopped
 *   trying, nobody retries it any more (the user sends again, or checks the address).
 * - autocomplete: Exchange/Outlook RESOLVER.ADR or 5.1.10; a stale Auto-Complete entry is a common cause.
 * - line-too-long: a line over 1000 bytes (RFC 5322 §2.1.1; docomo's "500 Line Too Long").
 * - gmail: the answer came from Google's servers (their 5.7.26 / 5.7.25 pages apply).
 */
export type Signal = 'temporary' | 'gave-up' | 'autocomplete' | 'line-too-long' | 'gmail';

/** A text without its actorText: that comes from the actor unless the entry words it itself. */
export type ExplanationDraft = Omit<Explanation, 'actorText'> & { actorText?: string };

/** One reason's text in one language. A function, so the text can use the facts. */
export type ReasonText = (facts: TextFacts) => ExplanationDraft;

/** Facts for the report-level text. */
export interface ReportFacts {
  recipientCount: number;
  hardCount: number;
  softCount: number;
  /** The reasons of the recipients, deduplicated, in order. */
  reasons: readonly ReasonId[];
  /** The recipients' causes as their stories tell them (story.ts), deduplicated, in order: the headline names these. */
  causes: readonly StoryText[];
  /** Who acts for every failed recipient alike; 'you' when they differ (you pass the word on). */
  actor: Actor;
  /** Failed recipients at a Japanese mobile carrier (their filters can drop mail silently). */
  carrierRecipients: number;
  /** Recipients refused for the user's own sending (story.ts tracker 'sender'): the popup warns about it. */
  senderRecipients: number;
  /** True when the report was read from a webmail's rendered text rather than the raw source. */
  fromRenderedText: boolean;
  softBounceLimit: number;
  /** For unparsed reports: the short technical detail. */
  detail: string;
}

export type ReportText = (facts: ReportFacts) => ExplanationDraft;

/** The kinds with a text of their own; 'unparsed' is explained per cause. */
export type ClassifiedKind = Exclude<ReportKind, 'unparsed'>;

/**
 * Everything one language must say. A language missing any reason, kind, cause, label or
 * actor fails `tsc` (tests/explain/catalog-types.test.ts shows it).
 */
export interface LanguageCatalog {
  reasons: Record<ReasonId, ReasonText>;
  reasonLabels: Record<ReasonId, string>;
  /** Every report kind; 'unparsed' has one text per cause instead. */
  kinds: Record<ClassifiedKind, ReportText>;
  unparsedCauses: Record<UnparsedCause, ReportText>;
  severityLabels: Record<Severity, string>;
  severityDescriptions: Record<Severity, (softBounceLimit: number) => string>;
  actorLabels: Record<Actor, string>;
  /** The default "who acts" sentence, used when a text does not word its own. */
  actorSentences: Record<Actor, string>;
  carrierNames: Record<CarrierId, string>;
  /** One sentence per typo fix, saying what was corrected. */
  typoFixes: Record<TypoFix, (suggestion: AddressSuggestion) => string>;
  /** The texts a story tells beyond the reasons' own (story.ts). */
  storyTexts: Record<Exclude<StoryText, ReasonId>, ReasonText>;
  storyLabels: Record<Exclude<StoryText, ReasonId>, string>;
  /** What the tracker does with this recipient, as the last note of its card (story.ts TrackerEffect). */
  trackerNotes: Record<TrackerEffect, (softBounceLimit: number) => string>;
  /** The top of the sidebar: what the report's recipients come to, in the chips' words (story.ts Verdict). */
  verdictLabels: Record<Verdict, string>;
  /** The first note of a card whose 4xx code the sending server gave up on (signal 'gave-up'). */
  gaveUpNote: string;
}

/**
 * A recipient's evidence in words (lib/explain/evidence.ts), for the sidebar's "why" section.
 */
export interface EvidenceDescription {
  /** The code or words that decided, labelled ("Status code 5.1.1"); absent when nothing quotable matched. */
  decidedBy?: string;
  /** One sentence naming the kind of rule in plain words ("Checked against Google's reply rules."). */
  rule: string;
  /** The classifier's own id for the rule ("rhost/google"), for a bug report. */
  ruleId: string;
}
