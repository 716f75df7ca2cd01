/**
 * Deciding a recipient's reason from its status code, reply code, SMTP command and diagnostic
 * text. The try orders live here, in one place; each reason's phrases live in its own module.
 * The procedure follows Sisimai's Reason.find / anotherone behaviour: a first pass of whole-fact
 * tests in a fixed order, then, when the status code is missing or vague, a second pass over
 * the text alone, then the code class, the Action field and the SMTP command.
 */
import { matchPhrase } from '../text';
import { authfailure } from './authfailure';
import { badreputation } from './badreputation';
import { blocked } from './blocked';
import { contenterror } from './contenterror';
import { emailtoolarge } from './emailtoolarge';
import { expired } from './expired';
import { failedstarttls } from './failedstarttls';
import { filtered } from './filtered';
import { hasmoved } from './hasmoved';
import { hostunknown } from './hostunknown';
import { mailboxfull } from './mailboxfull';
import { mailererror } from './mailererror';
import { networkerror } from './networkerror';
import { norelaying } from './norelaying';
import { notaccept } from './notaccept';
import { notcompliantrfc } from './notcompliantrfc';
import { policyviolation } from './policyviolation';
import { ratelimited } from './ratelimited';
import { rejected } from './rejected';
import { requireptr } from './requireptr';
import { securityerror } from './securityerror';
import { spamdetected } from './spamdetected';
import { suppressed } from './suppressed';
import { suspend } from './suspend';
import { syntaxerror } from './syntaxerror';
import { systemerror } from './systemerror';
import { systemfull } from './systemfull';
import type { ReasonId } from './taxonomy';
import type { ReasonFacts, ReasonRule } from './types';
import { userunknown } from './userunknown';
import { vacation } from './vacation';
import { virusdetected } from './virusdetected';

export type { ReasonFacts, ReasonRule } from './types';

/**
 * First pass, whole-fact tests, first true wins (Sisimai Reason ClassOrder[0]; its mesgtoobig
 * and exceedlimit are our emailtoolarge, speeding and toomanyconn our ratelimited).
 */
export const FIRST_PASS: readonly ReasonRule[] = [
  mailboxfull,
  emailtoolarge,
  suspend,
  hasmoved,
  norelaying,
  authfailure,
  userunknown,
  filtered,
  requireptr,
  notcompliantrfc,
  badreputation,
  rejected,
  hostunknown,
  spamdetected,
  ratelimited,
  blocked,
];

/** Second pass, text only, when the status code says nothing or too little (Sisimai ClassOrder[1]). */
export const SECOND_PASS: readonly ReasonRule[] = [
  mailboxfull,
  authfailure,
  badreputation,
  ratelimited,
  spamdetected,
  virusdetected,
  policyviolation,
  norelaying,
  systemerror,
  networkerror,
  suspend,
  contenterror,
  systemfull,
  notaccept,
  expired,
  securityerror,
  filtered,
  mailererror,
  failedstarttls,
  suppressed,
];

/** Order for text with no fact around it (a decoder's message table, rendered text; Sisimai ClassOrder[2]). */
export const TEXT_ORDER: readonly ReasonRule[] = [
  mailboxfull,
  emailtoolarge,
  suspend,
  userunknown,
  filtered,
  rejected,
  hostunknown,
  spamdetected,
  ratelimited,
  blocked,
  authfailure,
  requireptr,
  notcompliantrfc,
  badreputation,
  securityerror,
  systemerror,
  networkerror,
  expired,
  contenterror,
  hasmoved,
  systemfull,
  notaccept,
  mailererror,
  norelaying,
  virusdetected,
  policyviolation,
  failedstarttls,
  suppressed,
];

/**
 * Verdicts worth a second look: a decoder or a status code that says one of these may be
 * overruled by more precise words (Sisimai Reason retry set).
 */
export const RETRY_REASONS: ReadonlySet<ReasonId> = new Set<ReasonId>([
  'undefined',
  'onhold',
  'systemerror',
  'securityerror',
  'expired',
  'suspend',
  'networkerror',
  'hostunknown',
  'userunknown',
]);

export interface ReasonVerdict {
  reason: ReasonId;
  /** The code or phrase that decided. */
  matched: string;
  /** The rule that decided, e.g. "reasons/userunknown", "status-code", "action". */
  rule: string;
  source: 'status-code' | 'reply-code' | 'phrase' | 'kind';
}

function verdict(reason: ReasonId, matched: string, rule: string, facts: ReasonFacts): ReasonVerdict {
  const source = matched === facts.status && matched !== '' ? 'status-code' : matched === facts.replyCode && matched !== '' ? 'reply-code' : 'phrase';
  return { reason, matched, rule, source };
}

/** A rule's first-pass test: its own, or the generic one (status names it, or a phrase matches). */
function firstPassTest(rule: ReasonRule, facts: ReasonFacts): string {
  if (rule.decide) return rule.decide(facts);
  if (facts.statusReason === rule.id) return facts.status;
  return matchPhrase(facts.diagnosis, rule.phrases);
}

/** The first rule of `order` whose phrases occur in the lowercased text. */
export function matchText(lowered: string, order: readonly ReasonRule[] = TEXT_ORDER): { reason: ReasonId; phrase: string } | undefined {
  for (const rule of order) {
    const phrase = matchPhrase(lowered, rule.phrases);
    if (phrase) return { reason: rule.id, phrase };
  }
  return undefined;
}

/**
 * Reason from the text when the status code is missing, vague or worth a second look (Sisimai
 * Reason.pm anotherone()): the second pass over the words; when none match, the reason the
 * status code names stands; only a fact whose code names none falls to the code's class, the
 * diagnostic type, the reply code, the Action field and the SMTP command.
 */
function fromTextAndClass(facts: ReasonFacts): ReasonVerdict | undefined {
  const byStatus = facts.statusReason;
  const isSmtp = facts.diagnosticType === '' || facts.diagnosticType === 'SMTP';
  if (byStatus && !RETRY_REASONS.has(byStatus) && isSmtp) return verdict(byStatus, facts.status, 'status-code', facts);
  const found = matchText(facts.diagnosis, SECOND_PASS);
  if (found) return verdict(found.reason, found.phrase, `reasons/${found.reason}`, facts);
  if (byStatus) return verdict(byStatus, facts.status, 'status-code', facts);
  const classAndSubject = facts.status.slice(0, 3);
  if (classAndSubject === '5.6' || classAndSubject === '4.6') return verdict('contenterror', facts.status, 'status-code', facts);
  if (classAndSubject === '5.7' || classAndSubject === '4.7') return verdict('securityerror', facts.status, 'status-code', facts);
  if (facts.diagnosticType.startsWith('X-UNIX')) return verdict('mailererror', facts.diagnosticType, 'diagnostic-type', facts);
  const syntax = syntaxerror.decide?.(facts) ?? '';
  if (syntax) return verdict('syntaxerror', syntax, 'reasons/syntaxerror', facts);
  if (facts.action.startsWith('delayed') || facts.action.startsWith('expired')) return { reason: 'expired', matched: facts.action, rule: 'action', source: 'kind' };
  if (facts.command === 'HELO' || facts.command === 'EHLO') return { reason: 'blocked', matched: facts.command, rule: 'smtp-command', source: 'phrase' };
  return undefined;
}

/**
 * Decides the reason of one recipient. `decided` is a decoder's own verdict, which stands unless
 * it is one worth a second look; then only a rule tried before it in the first pass overrules it.
 */
export function decideReason(facts: ReasonFacts, decided?: ReasonId): ReasonVerdict {
  if (decided && !RETRY_REASONS.has(decided)) return { reason: decided, matched: '', rule: 'decoder', source: 'kind' };
  if (facts.status.startsWith('2.')) return verdict('delivered', facts.status, 'status-code', facts);
  if (facts.diagnosticType === '' || facts.diagnosticType === 'SMTP') {
    const tested = decided ? { ...facts, decoderReason: decided } : facts;
    for (const rule of FIRST_PASS) {
      if (decided === rule.id) return { reason: decided, matched: '', rule: 'decoder', source: 'kind' };
      const matched = firstPassTest(rule, tested);
      if (matched) return verdict(rule.id, matched, `reasons/${rule.id}`, facts);
    }
  }
  if (decided) return { reason: decided, matched: '', rule: 'decoder', source: 'kind' };
  const another = fromTextAndClass(facts);
  if (another) return another;
  if (facts.action === 'delayed') return { reason: 'expired', matched: facts.action, rule: 'action', source: 'kind' };
  const away = matchPhrase(facts.diagnosis, vacation.phrases);
  if (away) return { reason: 'vacation', matched: away, rule: 'reasons/vacation', source: 'phrase' };
  if (facts.diagnosis) return { reason: 'onhold', matched: '', rule: 'no-rule-matched', source: 'phrase' };
  return { reason: 'undefined', matched: '', rule: 'nothing-to-read', source: 'kind' };
}
