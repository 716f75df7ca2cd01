import type { SuggestionContext } from './types';

/**
 * When a typo suggestion may be offered: the bounce says the user or the host is unknown,
 * or the address is malformed (anchors.md §3.3 point 3; check-if-email-exists#318). Never
 * on a policy, filter or content bounce: a docomo "Unknown user" decided as `filtered` is a
 * reception setting, not a typo.
 */

/** RFC 3463: X.1.2 bad destination system address, X.1.3 bad destination mailbox address syntax;
 *  Exchange Online 5.4.310 "DNS domain does not exist". */
const addressStatuses: readonly RegExp[] = [/^[45]\.1\.[23]$/, /^5\.4\.310$/];

/** Diagnostic phrases (lowercase) saying the domain does not exist or the address is malformed,
 *  whatever reason the codes gave. Sources: Postfix "Host or domain name not found. Name service
 *  error", Exim "Unrouteable address", Exchange "DNS type 'mx' lookup ... NXDOMAIN", Postfix
 *  "Recipient address rejected: Domain not found", RFC 3463 5.1.3 texts. */
const addressPhrases: readonly string[] = [
  'host or domain name not found',
  'name service error',
  'nxdomain',
  'domain not found',
  'domain does not exist',
  'no such domain',
  'unrouteable address',
  'unroutable address',
  'bad recipient address syntax',
  'bad destination mailbox address syntax',
  'malformed address',
  'invalid address',
];

/** The diagnostic is attacker-controlled: only its start is read. */
const MAX_DIAGNOSTIC_CHARS = 4096;

export function isOfferedFor(context: SuggestionContext): boolean {
  if (context.reason === 'userunknown' || context.reason === 'hostunknown') return true;
  const status = context.status?.trim() ?? '';
  if (addressStatuses.some((pattern) => pattern.test(status))) return true;
  const diagnostic = (context.diagnosticCode ?? '').slice(0, MAX_DIAGNOSTIC_CHARS).toLowerCase();
  return addressPhrases.some((phrase) => diagnostic.includes(phrase));
}
