import { concernOf, type Concern } from '@/lib/bounce/reasons/concerns';
import type { ReasonId, RecipientResult, Severity } from '@/lib/bounce/types';
import { isOfferedFor, suggestAddress } from '@/lib/typo';
import { carrierOf } from '@/lib/typo/providers';
import type { AddressSuggestion } from '@/lib/typo/types';
import type { Actor } from './types';

/**
 * One story per recipient: the evidence decides, in this one place, which text tells the
 * failure (its headline, cause and steps), who acts, the verdict chip (hard or soft) and what
 * the tracker does with it. The components and the tracker only read the answer, so the
 * headline can never say "temporary, nobody acts" beside a corrected address to resend to.
 * The decision table is docs/explanations-decisions.md; tests/explain/story.test.ts walks
 * every reason against every kind of evidence.
 *
 * Sisimai's reason is kept as it is on the report (the CLI and the evaluation compare it with
 * Sisimai); only what the user is told and what the tracker counts follow the story.
 */

/**
 * What the tracker does with the recipient of a failed bounce.
 * - flag: undeliverable now (a hard bounce, or a domain that does not exist and was mistyped);
 * - count: one more soft bounce toward the soft-to-hard run (address and path concerns);
 * - sender: not counted against the recipient; feeds the "your sending" state instead;
 * - none: not counted at all (this message's problem, or not a failure).
 */
export type TrackerEffect = 'flag' | 'count' | 'sender' | 'none';

/**
 * What a report's recipients come to, for the top of the sidebar: every failure hard, every one
 * soft, or some of each. Read from the same stories as the cards, so the top and the chips say
 * the same thing in the same words (the catalog's verdictLabels reuse the chips' severity labels).
 */
export type Verdict = 'hard' | 'soft' | 'mixed';

/** The verdict of a report's stories; undefined when none is a failure (delivered, auto-reply). */
export function verdictOf(stories: readonly Pick<RecipientStory, 'severity'>[]): Verdict | undefined {
  const hard = stories.some((story) => story.severity === 'hard');
  const soft = stories.some((story) => story.severity === 'soft');
  if (hard && soft) return 'mixed';
  return hard ? 'hard' : soft ? 'soft' : undefined;
}

/** The texts a story can be told with: a reason's own, or the mistyped-domain text. */
export type StoryText = ReasonId | 'mistyped-domain';

/** What kind of trouble a sender-side bounce says the user's sending has (the popup words each). */
export type SendingKind = 'listed' | 'reputation' | 'authentication' | 'ptr' | 'rate' | 'policy' | 'refused';

export const SENDING_KINDS: readonly SendingKind[] = ['listed', 'reputation', 'authentication', 'ptr', 'rate', 'policy', 'refused'];

/** Where the story departs from Sisimai's reason, and why (docs/explanations-decisions.md). */
export type StoryOverride =
  /** The domain does not exist and a likely correction was found: the user resends to it. */
  | 'mistyped-domain'
  /** The domain does not exist (NXDOMAIN, 5.1.2, 5.4.310) though the reason says path: told as the domain. */
  | 'nonexistent-domain'
  /** A carrier refused after DATA (Sisimai: rejected): the recipient's reception setting. */
  | 'carrier-filter'
  /** The rejection names a block list: the sender's IP, not the mail's content. */
  | 'blocklisted';

/** The evidence the story was decided on, kept for the tests and the "why" section. */
export interface StoryEvidence {
  /** 2, 4 or 5 from the status (else the reply code); '' when neither is known. */
  codeClass: '' | '2' | '4' | '5';
  /** A domain correction was found (gmial.com → gmail.com). */
  domainTypo: boolean;
  /** A format correction only (full-width letters, spaces, dots). */
  formatTypo: boolean;
  /** The domain does not exist: NXDOMAIN, "Host or domain name not found", X.1.2, 5.4.310. */
  nonexistentDomain: boolean;
  /** A block list (DNSBL) is named in the diagnostic. */
  blocklist: boolean;
  /** The recipient is at a Japanese mobile carrier. */
  carrier: boolean;
  /**
   * The sending server still retries: a 4xx code on a recipient that has not finally failed
   * (action delayed, or not said). A failed recipient with a 4.x.x status (Gmail's NXDOMAIN after
   * its retries, a queue lifetime run out) is final: nobody retries it any more.
   */
  retrying: boolean;
}

export interface RecipientStory {
  /** Which text tells it. */
  text: StoryText;
  concern: Concern;
  /** The verdict chip; undefined for outcomes that are not failures (delivered, auto-reply, complaint). */
  severity: Severity | undefined;
  actor: Actor;
  tracker: TrackerEffect;
  /** For sender-side stories: what the popup's "your sending" warning says. */
  sending?: SendingKind;
  override?: StoryOverride;
  evidence: StoryEvidence;
  /** The corrected address, when the bounce points at the address and one was found. */
  suggestion?: AddressSuggestion;
}

/** What the story is decided from: one recipient of a report (every field may be empty). */
export type StoryInput = Pick<RecipientResult, 'recipient' | 'reason' | 'status' | 'replyCode' | 'diagnosticCode'> & {
  /** The classifier's severity; when absent (a text asked for by reason alone), Sisimai's usual one. */
  severity?: Severity;
  /** RFC 3464 Action ('failed', 'delayed', ...); when absent, a 4xx code is taken as still retried. */
  action?: string;
};

/** Sisimai's hard/soft rule (anchors.md §1.1): hard for userunknown, hostunknown, hasmoved, and notaccept under a 5xx code. */
export function usualSeverity(reason: ReasonId, codeClass: StoryEvidence['codeClass']): Severity | undefined {
  if (concernOf(reason) === 'not-failure') return undefined;
  if (reason === 'userunknown' || reason === 'hostunknown' || reason === 'hasmoved') return 'hard';
  if (reason === 'notaccept') return codeClass === '4' ? 'soft' : 'hard';
  return 'soft';
}

/** The diagnostic is attacker-controlled: only its start is read. */
const MAX_DIAGNOSTIC_CHARS = 4096;

/**
 * Words that say the domain does not exist, whatever reason the codes gave: Gmail "DNS type 'mx'
 * lookup ... responded with code NXDOMAIN", Postfix "Host or domain name not found", Postfix
 * "Recipient address rejected: Domain not found", Exchange Online 5.4.310 "DNS domain ... does not
 * exist" (its NDR help page), Exim "Unrouteable address".
 */
const NONEXISTENT_DOMAIN_PHRASES: readonly string[] = [
  'nxdomain',
  'host or domain name not found',
  'domain not found',
  'domain does not exist',
  'dnsdomaindoesnotexist',
  'no such domain',
  'unrouteable address',
  'unroutable address',
];

/** RFC 3463 X.1.2 "bad destination system address"; Exchange Online 5.4.310 "DNS domain does not exist". */
function isNonexistentDomainStatus(status: string): boolean {
  return /^[45]\.1\.2$/.test(status) || status === '5.4.310';
}

/** Block lists named in rejections (the same names facts.ts shows). */
const BLOCKLIST_NEEDLES: readonly string[] = ['spamhaus', 'barracuda', 'spamcop', 'sorbs', 'uceprotect', 'cloudmark', 'blocklist', 'blacklist', 'dnsbl', 'rbl'];

function hasBlocklist(diagnostic: string): boolean {
  return BLOCKLIST_NEEDLES.some((needle) =>
    needle === 'rbl' ? /(?:^|[^a-z])rbl(?:[^a-z]|$)/.test(diagnostic) : diagnostic.includes(needle),
  );
}

function codeClassOf(status: string, replyCode: string): StoryEvidence['codeClass'] {
  const first = (status.trim() || replyCode.trim()).charAt(0);
  return first === '2' || first === '4' || first === '5' ? first : '';
}

/**
 * Whether the sending server still retries this recipient: only a temporary (4xx) code can be
 * retried, and only until the server reports a final failure (RFC 3464 §2.3.3 Action "failed":
 * "could not be delivered ... no further attempts"). facts.ts words the texts by the same rule.
 */
export function stillRetrying(codeClass: StoryEvidence['codeClass'], action: string | undefined): boolean {
  return codeClass === '4' && (action ?? '').trim().toLowerCase() !== 'failed';
}

/** The corrected address, offered only when the bounce points at the address (lib/typo's gate). */
export function suggestionFor(input: StoryInput): AddressSuggestion | undefined {
  const context = { reason: input.reason, status: input.status || undefined, diagnosticCode: input.diagnosticCode || undefined };
  return isOfferedFor(context) ? suggestAddress(input.recipient, context) : undefined;
}

export function evidenceOf(input: StoryInput, suggestion: AddressSuggestion | undefined): StoryEvidence {
  const diagnostic = (input.diagnosticCode ?? '').slice(0, MAX_DIAGNOSTIC_CHARS).toLowerCase();
  const status = (input.status ?? '').trim();
  const domainTypo = suggestion?.fixes.includes('domain') ?? false;
  const codeClass = codeClassOf(status, input.replyCode ?? '');
  return {
    codeClass,
    domainTypo,
    formatTypo: suggestion !== undefined && !domainTypo,
    nonexistentDomain:
      input.reason === 'hostunknown' ||
      isNonexistentDomainStatus(status) ||
      NONEXISTENT_DOMAIN_PHRASES.some((phrase) => diagnostic.includes(phrase)),
    blocklist: hasBlocklist(diagnostic),
    carrier: carrierOf(input.recipient) !== undefined,
    retrying: stillRetrying(codeClass, input.action),
  };
}

/** What a sender-side reason says about the user's sending. */
const SENDING_KIND_OF: Partial<Record<ReasonId, SendingKind>> = {
  blocked: 'listed',
  badreputation: 'reputation',
  authfailure: 'authentication',
  requireptr: 'ptr',
  ratelimited: 'rate',
  // One organisation's rule: it hits every recipient there, not the user's sending everywhere.
  policyviolation: 'policy',
};

/** Who acts for each reason's own text (the texts in ja/ and en/ say the same). */
function reasonActor(reason: ReasonId, evidence: StoryEvidence): Actor {
  switch (reason) {
    case 'userunknown':
    case 'hostunknown':
    case 'hasmoved':
    case 'emailtoolarge':
    case 'contenterror':
    case 'virusdetected':
    case 'onhold':
    case 'undefined':
    case 'feedback':
      return 'you';
    case 'spamdetected':
      return evidence.blocklist ? 'your-admin' : 'you';
    case 'notaccept':
    case 'filtered':
    case 'mailboxfull':
    case 'suspend':
      return 'recipient';
    case 'rejected':
      return evidence.carrier ? 'recipient' : 'your-admin';
    // Nobody acts while the sending server still retries (4xx, not yet failed); after a final
    // failure (5xx, or a 4xx the server gave up on) the user sends again.
    case 'ratelimited':
    case 'networkerror':
    case 'systemerror':
      return evidence.retrying ? 'nobody' : 'you';
    case 'suppressed':
    case 'blocked':
    case 'badreputation':
    case 'authfailure':
    case 'requireptr':
    case 'securityerror':
    case 'norelaying':
    case 'failedstarttls':
    case 'syntaxerror':
    case 'notcompliantrfc':
      return 'your-admin';
    case 'policyviolation':
    case 'expired':
    case 'systemfull':
    case 'mailererror':
      return 'recipient-admin';
    case 'delivered':
    case 'vacation':
      return 'nobody';
  }
  return 'you';
}

function effectOf(concern: Concern, severity: Severity | undefined): TrackerEffect {
  switch (concern) {
    case 'address':
    case 'path':
    case 'undecided':
      return severity === 'hard' ? 'flag' : 'count';
    case 'sender':
      return 'sender';
    default:
      return 'none';
  }
}

/**
 * The story of one recipient. `suggestion` is the corrected address when the caller has it
 * already; otherwise it is looked for here (lib/typo, behind its gate).
 */
export function storyOf(input: StoryInput, suggestion: AddressSuggestion | undefined = suggestionFor(input)): RecipientStory {
  const evidence = evidenceOf(input, suggestion);
  const reason = input.reason;
  const concern = concernOf(reason);
  const base = { evidence, ...(suggestion ? { suggestion } : {}) };
  const severity = input.severity ?? usualSeverity(reason, evidence.codeClass);

  if (concern === 'not-failure') {
    return { ...base, text: reason, concern, severity: undefined, actor: reasonActor(reason, evidence), tracker: 'none' };
  }

  // A mistyped domain: the domain does not exist (or the bounce is about the address) and a
  // likely correction was found. Not temporary, whatever the status class: waiting never
  // delivers to a domain that does not exist. The user resends to the corrected address.
  // Sender- and message-side reasons are left alone: "Sender address rejected: Domain not found"
  // is about the user's own domain (Postfix reject_unknown_sender_domain), not the recipient's.
  const aboutRecipient = concern === 'address' || concern === 'path' || concern === 'undecided';
  if (aboutRecipient && evidence.domainTypo && (evidence.nonexistentDomain || concern === 'address')) {
    return {
      ...base,
      text: 'mistyped-domain',
      concern: 'address',
      severity: 'hard',
      actor: 'you',
      tracker: 'flag',
      override: 'mistyped-domain',
    };
  }

  // A domain that does not exist, with no correction found: told as the domain (never as the
  // path), the user checks it. The severity stays Sisimai's: NXDOMAIN under a 4.x.x may be a
  // domain not yet registered or a broken zone, and the soft run flags it if it lasts.
  if (evidence.nonexistentDomain && (concern === 'path' || concern === 'undecided')) {
    return { ...base, text: 'hostunknown', concern: 'address', severity, actor: 'you', tracker: effectOf('address', severity), override: 'nonexistent-domain' };
  }

  // docomo answers "550 Unknown user" after DATA for its reception filter (Sisimai: rejected;
  // rhost/nttdocomo.ts): that is the recipient's setting, not the user's sending.
  if (reason === 'rejected' && evidence.carrier) {
    return { ...base, text: 'filtered', concern: 'address', severity, actor: 'recipient', tracker: effectOf('address', severity), override: 'carrier-filter' };
  }

  // A spam rejection that names a block list is about the sender's IP, not this mail.
  if (reason === 'spamdetected' && evidence.blocklist) {
    return { ...base, text: reason, concern: 'sender', severity, actor: 'your-admin', tracker: 'sender', sending: 'listed', override: 'blocklisted' };
  }

  const sending: SendingKind | undefined =
    concern === 'sender' ? (evidence.blocklist ? 'listed' : (SENDING_KIND_OF[reason] ?? 'refused')) : undefined;
  return {
    ...base,
    text: reason,
    concern,
    severity,
    actor: reasonActor(reason, evidence),
    tracker: effectOf(concern, severity),
    ...(sending ? { sending } : {}),
  };
}
