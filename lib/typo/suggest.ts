import { cleanAddress } from './address';
import { suggestDomain } from './domain';
import { isOfferedFor } from './gate';
import type { AddressSuggestion, SuggestionContext } from './types';

/**
 * A corrected address, or undefined. Format fixes (full-width, spaces, dots) are always
 * offered: such an address cannot be delivered anyway. A domain correction is offered only
 * when the address is malformed or the bounce says the user or host is unknown (gate.ts).
 */
export function suggestAddress(address: string, context: SuggestionContext): AddressSuggestion | undefined {
  const clean = cleanAddress(address);
  if (!clean) return undefined;
  const fixes = [...clean.fixes];
  let domain = clean.domain;
  if (fixes.length > 0 || isOfferedFor(context)) {
    const corrected = suggestDomain(domain);
    if (corrected) {
      domain = corrected;
      fixes.push('domain');
    }
  }
  if (fixes.length === 0) return undefined;
  const suggested = `${clean.local}@${domain}`;
  if (suggested === address) return undefined;
  const suggestion: AddressSuggestion = { suggested, fixes, original: address };
  if (domain !== clean.domain) suggestion.domain = { from: clean.domain, to: domain };
  return suggestion;
}
