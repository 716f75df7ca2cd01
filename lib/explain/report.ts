import type { BounceReport, ClassifiedReport, ReasonId } from '@/lib/bounce/types';
import type { Lang } from '@/lib/i18n/lang';
import { carrierOf } from '@/lib/typo/providers';
import { catalogFor, finish } from './catalog';
import { clampSoftBounceLimit } from './facts';
import { storyOf } from './story';
import type { Actor, Explanation, ReportExplainOptions, ReportFacts } from './types';

function classifiedFacts(report: ClassifiedReport, softBounceLimit: number): ReportFacts {
  const recipients = report.recipients;
  // The same stories as the cards (story.ts): the summary can never count a mistyped domain as soft.
  const stories = recipients.map((r) => storyOf(r));
  const actors = new Set<Actor>(stories.map((story) => story.actor));
  const [onlyActor] = actors;
  return {
    recipientCount: recipients.length,
    hardCount: stories.filter((story) => story.severity === 'hard').length,
    softCount: stories.filter((story) => story.severity !== 'hard').length,
    reasons: [...new Set<ReasonId>(recipients.map((r) => r.reason))],
    causes: [...new Set(stories.map((story) => story.text))],
    actor: actors.size === 1 && onlyActor ? onlyActor : 'you',
    carrierRecipients: recipients.filter((r) => carrierOf(r.recipient) !== undefined).length,
    senderRecipients: stories.filter((story) => story.tracker === 'sender').length,
    fromRenderedText: report.input === 'text',
    softBounceLimit,
    detail: '',
  };
}

function emptyFacts(input: 'raw' | 'text', softBounceLimit: number, detail: string): ReportFacts {
  return {
    recipientCount: 0,
    hardCount: 0,
    softCount: 0,
    reasons: [],
    causes: [],
    actor: 'nobody',
    carrierRecipients: 0,
    senderRecipients: 0,
    fromRenderedText: input === 'text',
    softBounceLimit,
    detail,
  };
}

/** The report-level text for every kind; a report that cannot be read gives the broken-mime text, never an exception. */
export function explainReport(report: BounceReport, lang: Lang, options: ReportExplainOptions = {}): Explanation {
  const catalog = catalogFor(lang);
  const softBounceLimit = clampSoftBounceLimit(options.softBounceLimit);
  try {
    switch (report.kind) {
      case 'unparsed': {
        const text = catalog.unparsedCauses[report.cause] ?? catalog.unparsedCauses['broken-mime'];
        return finish(text(emptyFacts(report.input, softBounceLimit, report.detail.slice(0, 200))), catalog, softBounceLimit);
      }
      case 'not-bounce':
        return finish(catalog.kinds['not-bounce'](emptyFacts(report.input, softBounceLimit, '')), catalog, softBounceLimit);
      default:
        return finish(catalog.kinds[report.kind](classifiedFacts(report, softBounceLimit)), catalog, softBounceLimit);
    }
  } catch {
    // Only a report that breaks its own type gets here (a stale stored value, a foreign message).
    return finish(catalog.unparsedCauses['broken-mime'](emptyFacts('raw', softBounceLimit, '')), catalog, softBounceLimit);
  }
}
