import type { OriginalMessage, ReasonId, RecipientResult, Severity } from '@/lib/bounce/types';
import type { Lang } from '@/lib/i18n/lang';
import type { AddressSuggestion } from '@/lib/typo/types';
import { catalogFor, finish } from './catalog';
import { factsFrom } from './facts';
import { isReasonId } from '@/lib/bounce/reasons/taxonomy';
import { storyOf, type RecipientStory, type Verdict } from './story';
import type { Actor, Explanation, ExplainContext, ReasonText, RecipientExplainOptions } from './types';

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
export type { Actor, EvidenceDescription, Explanation, ExplainContext, GlossaryMatch, RecipientExplainOptions, ReportExplainOptions } from './types';
export { storyOf, suggestionFor, verdictOf, SENDING_KINDS, type RecipientStory, type SendingKind, type StoryInput, type TrackerEffect, type Verdict } from './story';
export { ACTORS } from './types';

/** The text that tells a story, in one language. */
function storyText(story: RecipientStory, lang: Lang): ReasonText {
  const catalog = catalogFor(lang);
  if (story.text === 'mistyped-domain') return catalog.storyTexts[story.text];
  return catalog.reasons[story.text] ?? catalog.reasons.undefined;
}

/**
 * The full text of a story: its text, with the story's verdict and actor (one place decides
 * them: story.ts) and, as the last note, what the tracker does with the recipient.
 */
function explainStory(story: RecipientStory, lang: Lang, context: ExplainContext): Explanation {
  const catalog = catalogFor(lang);
  const facts = factsFrom({
    ...context,
    severity: story.severity,
    suggestion: story.suggestion,
    nonexistentDomain: story.evidence.nonexistentDomain,
  });
  // A 4xx the sending server gave up on: say so first, so nothing reads as "it is still retrying".
  const gaveUp = facts.signals.has('gave-up') ? [catalog.gaveUpNote] : [];
  const draft = storyText(story, lang)(facts);
  // Outcomes that are not failures have no severity; every failure carries the story's.
  const severity = draft.severity ? (story.severity ?? draft.severity) : undefined;
  const { severity: _drafted, ...rest } = draft;
  const told = {
    ...rest,
    actor: story.actor,
    actorText: draft.actor === story.actor ? draft.actorText : undefined,
    ...(severity && gaveUp.length > 0 ? { notes: [...gaveUp, ...(rest.notes ?? [])] } : {}),
  };
  const explanation = finish(severity ? { ...told, severity } : told, catalog, facts.softBounceLimit, severity ? story.tracker : undefined);
  return explanation;
}

/**
 * The full text for one reason, as a recipient with this context would be told it (the story
 * decides from the reason and the context). Unknown reasons (stale stored data) get the
 * 'undefined' text.
 */
export function explainReason(reason: ReasonId, lang: Lang, context: ExplainContext = {}): Explanation {
  const known = isReasonId(reason) ? reason : 'undefined';
  const story = storyOf(
    {
      recipient: context.recipient ?? '',
      reason: known,
      severity: context.severity,
      action: context.action,
      status: context.status ?? '',
      replyCode: context.replyCode ?? '',
      diagnosticCode: context.diagnosticCode ?? '',
    },
    context.suggestion,
  );
  return explainStory(story, lang, context);
}

/** explainReason for one classified recipient: its story (decided here unless given), codes, diagnostic and original. */
export function explainRecipient(
  result: RecipientResult,
  lang: Lang,
  original?: OriginalMessage,
  options: RecipientExplainOptions = {},
): Explanation {
  const story = options.story ?? storyOf(result);
  return explainStory(story, lang, {
    recipient: result.recipient,
    action: result.action,
    status: result.status,
    replyCode: result.replyCode,
    diagnosticCode: result.diagnosticCode,
    original,
    softBounceLimit: options.softBounceLimit,
  });
}

/** A story's cause in a few words: the mistyped-domain label, else the reason's. */
export function storyLabel(story: Pick<RecipientStory, 'text'>, lang: Lang): string {
  const catalog = catalogFor(lang);
  return story.text === 'mistyped-domain' ? catalog.storyLabels[story.text] : reasonLabel(story.text, lang);
}

/** A short cause for lists (popup rows), e.g. 「アドレスの@より前が違う」. */
export function reasonLabel(reason: ReasonId, lang: Lang): string {
  const labels = catalogFor(lang).reasonLabels;
  return labels[reason] ?? labels.undefined;
}

/** The top of the sidebar for a report's recipients: 「直すまで届かないエラー（ハードバウンス）」, or 「宛先によって異なります」. */
export function verdictLabel(verdict: Verdict, lang: Lang): string {
  return catalogFor(lang).verdictLabels[verdict];
}

/** The chip of one recipient: 「直すまで届かない」 / 「原因が直れば届く」. */
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
