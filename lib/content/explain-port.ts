import { explainRecipient, explainReport, explainSuggestion, findGlossaryTerms, reasonLabel, severityLabel } from '@/lib/explain';
import { isOfferedFor, suggestAddress } from '@/lib/typo';
import type { ExplainPort } from './sidebar-model';

/** The explanation and typo functions the sidebar model uses (lib/explain, lib/typo). */
export const explainPort: ExplainPort = {
  explainReport,
  explainRecipient,
  explainSuggestion,
  reasonLabel,
  severityLabel,
  findGlossaryTerms,
  isOfferedFor,
  suggestAddress,
};
