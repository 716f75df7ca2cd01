export { suggestAddress, suggestTypedAddress } from './suggest';
export { isListedProviderDomain } from './real-domains';
export { isOfferedFor } from './gate';
export { suggestDomain } from './domain';
export { carrierOf, knownDomain, KNOWN_DOMAINS, CARRIER_IDS, type CarrierId, type KnownDomain } from './providers';
export type { AddressSuggestion, SuggestionContext, TypoFix } from './types';
