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
  return suggestWith(address, isOfferedFor(context));
}

/**
 * A corrected address for one being written (the compose guard): no bounce to gate on, so the
 * domain correction is always offered. It is safe to offer because the engine never rewrites a
 * domain of its table or of the real-provider list (domain.ts, real-domains.ts).
 */
export function suggestTypedAddress(address: string): AddressSuggestion | undefined {
  return suggestWith(address, true);
}

function suggestWith(address: string, offerDomain: boolean): AddressSuggestion | undefined {
  const clean = cleanAddress(address);
  if (!clean) return undefined;
  const fixes = [...clean.fixes];
  let domain = clean.domain;
  if (fixes.length > 0 || offerDomain) {
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
