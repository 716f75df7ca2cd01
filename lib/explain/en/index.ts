import type { ReasonId } from '@/lib/bounce/types';
import type { LanguageCatalog, ReasonText } from '../types';
import { enCarrierNames } from './common';
import { enActorLabels, enActorSentences, enReasonLabels, enSeverityDescriptions, enSeverityLabels, enTypoFixes } from './labels';
import { enAddressReasons } from './reasons-address';
import { enMessageReasons } from './reasons-message';
import { enPathReasons } from './reasons-path';
import { enSenderReasons } from './reasons-sender';
import { enKinds, enUnparsedCauses } from './reports';
import { EN_GAVE_UP_NOTE, enStoryLabels, enStoryTexts, enTrackerNotes, enVerdictLabels } from './story';

/** Every English text. `satisfies` makes a reason, kind or cause without English a type error. */
export const en = {
  reasons: { ...enAddressReasons, ...enMessageReasons, ...enSenderReasons, ...enPathReasons } satisfies Record<ReasonId, ReasonText>,
  reasonLabels: enReasonLabels,
  kinds: enKinds,
  unparsedCauses: enUnparsedCauses,
  severityLabels: enSeverityLabels,
  severityDescriptions: enSeverityDescriptions,
  actorLabels: enActorLabels,
  actorSentences: enActorSentences,
  carrierNames: enCarrierNames,
  typoFixes: enTypoFixes,
  storyTexts: enStoryTexts,
  storyLabels: enStoryLabels,
  trackerNotes: enTrackerNotes,
  verdictLabels: enVerdictLabels,
  gaveUpNote: EN_GAVE_UP_NOTE,
} satisfies LanguageCatalog;
