import type { ReasonId } from '@/lib/bounce/types';
import type { LanguageCatalog, ReasonText } from '../types';
import { jaCarrierNames } from './common';
import { jaActorLabels, jaActorSentences, jaReasonLabels, jaSeverityDescriptions, jaSeverityLabels, jaTypoFixes } from './labels';
import { jaAddressReasons } from './reasons-address';
import { jaMessageReasons } from './reasons-message';
import { jaPathReasons } from './reasons-path';
import { jaSenderReasons } from './reasons-sender';
import { jaKinds, jaUnparsedCauses } from './reports';
import { JA_GAVE_UP_NOTE, jaStoryLabels, jaStoryTexts, jaTrackerNotes, jaVerdictLabels } from './story';

/** Every Japanese text. `satisfies` makes a reason, kind or cause without Japanese a type error. */
export const ja = {
  reasons: { ...jaAddressReasons, ...jaMessageReasons, ...jaSenderReasons, ...jaPathReasons } satisfies Record<ReasonId, ReasonText>,
  reasonLabels: jaReasonLabels,
  kinds: jaKinds,
  unparsedCauses: jaUnparsedCauses,
  severityLabels: jaSeverityLabels,
  severityDescriptions: jaSeverityDescriptions,
  actorLabels: jaActorLabels,
  actorSentences: jaActorSentences,
  carrierNames: jaCarrierNames,
  typoFixes: jaTypoFixes,
  storyTexts: jaStoryTexts,
  storyLabels: jaStoryLabels,
  trackerNotes: jaTrackerNotes,
  verdictLabels: jaVerdictLabels,
  gaveUpNote: JA_GAVE_UP_NOTE,
} satisfies LanguageCatalog;
