import {
  describeEvidence,
  explainRecipient,
  explainReport,
  explainSuggestion,
  findGlossaryTerms,
  mailSystemName,
  reasonLabel,
  severityLabel,
  storyLabel,
  storyOf,
  verdictLabel,
} from '@/lib/explain';
import { glanceOfSend } from '@/lib/explain/send';
import type { ExplainPort } from './sidebar-model';

/** The explanation and typo functions the sidebar model uses (lib/explain, lib/typo). */
export const explainPort: ExplainPort = {
  explainReport,
  explainRecipient,
  explainSuggestion,
  reasonLabel,
  severityLabel,
  findGlossaryTerms,
  describeEvidence,
  mailSystemName,
  storyOf: (result) => storyOf(result),
  storyLabel,
  verdictLabel,
  glanceOfSend,
};
