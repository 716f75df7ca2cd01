import type { OriginalMessage, ReasonId, RecipientResult, Severity } from '@/lib/bounce/types';
import type { Lang } from '@/lib/i18n/lang';
import type { AddressSuggestion } from '@/lib/typo/types';
import { catalogFor, finish } from './catalog';
import { factsFrom } from './facts';
import type { Actor, Explanation, ExplainContext, ReportExplainOptions } from './types';

/**
 * Plain-language explanations of bounces, in Japanese and English. Pure: no browser API.
 * Used by the sidebar (one card per recipient plus a summary), the popup (short labels) and
 * the CLI.
 */

export { explainReport } from './report';
export { findGlossaryTerms, GLOSSARY, MAX_GLOSSARY_SCAN_CHARS } from './glossary/match';
export { DEFAULT_SOFT_BOUNCE_LIMIT } from './facts';
export { explainSuggestion, typoFixLabel } from './suggestion';
export { describeEvidence, mailSystemName } from './evidence';
export type { Actor, EvidenceDescription, Explanation, ExplainContext, GlossaryMatch, ReportExplainOptions } from './types';
export { ACTORS } from './types';

/** The full text for one reason. Unknown reasons (stale stored data) get the 'undefined' text. */
export function explainReason(reason: ReasonId, lang: Lang, context: ExplainContext = {}): Explanation {
  const catalog = catalogFor(lang);
  const facts = factsFrom(context);
  const text = catalog.reasons[reason] ?? catalog.reasons.undefined;
  const draft = text(facts);
  // The classifier's severity wins over the reason's usual one; outcomes that are not failures have none.
  if (draft.severity && facts.severity) draft.severity = facts.severity;
  return finish(draft, catalog, facts.softBounceLimit);
}

/** explainReason for one classified recipient: its address (for carrier-aware text), codes, diagnostic and severity. */
export function explainRecipient(
  result: RecipientResult,
  lang: Lang,
  original?: OriginalMessage,
  options: ReportExplainOptions = {},
): Explanation {
  return explainReason(result.reason, lang, {
    recipient: result.recipient,
    status: result.status,
    replyCode: result.replyCode,
    diagnosticCode: result.diagnosticCode,
    severity: result.severity,
    original,
    softBounceLimit: options.softBounceLimit,
  });
}

/** A short cause for lists (popup rows), e.g. 「アドレスの@より前が違う」. */
export function reasonLabel(reason: ReasonId, lang: Lang): string {
  const labels = catalogFor(lang).reasonLabels;
  return labels[reason] ?? labels.undefined;
}

/** 「直すまで届かない」 / 「一時的なエラー」. */
export function severityLabel(severity: Severity, lang: Lang): string {
  return catalogFor(lang).severityLabels[severity];
}

/** One line on what the severity means for the user, with the tracker's soft-bounce rule. */
export function severityDescription(severity: Severity, lang: Lang, softBounceLimit?: number): string {
  return catalogFor(lang).severityDescriptions[severity](factsFrom({ softBounceLimit }).softBounceLimit);
}

/** Who acts, as a short label: 「あなた（送った人）」. */
export function actorLabel(actor: Actor, lang: Lang): string {
  return catalogFor(lang).actorLabels[actor];
}

export type { AddressSuggestion };
