import { osaDistance } from './distance';
import { splitDomain } from './endings';
import { KNOWN_DOMAINS, knownDomain, type KnownDomain } from './providers';

/**
 * Whole-domain typo correction against the known-domain table (providers.ts). Four small
 * rules each give one answer, none, or a tie; the engine answers only when no rule ties and
 * all answering rules agree. It never rewrites a known domain, never answers with a 'real'
 * (company) domain, and leaves any subdomain of a known domain alone unless its name is
 * exactly a provider's (i.softbank.ne.jp). Why not mailcheck: anchors.md §3.3.
 */

type RuleAnswer = { kind: 'none' } | { kind: 'one'; entry: KnownDomain } | { kind: 'tie' };

const none: RuleAnswer = { kind: 'none' };

function answerFrom(entries: readonly KnownDomain[]): RuleAnswer {
  const distinct = [...new Set(entries)];
  if (distinct.length === 0) return none;
  const [only] = distinct;
  return distinct.length === 1 && only ? { kind: 'one', entry: only } : { kind: 'tie' };
}

const splitKnown = KNOWN_DOMAINS.map((entry) => ({ entry, ...splitDomain(entry.domain) }));

/** "docomo.ne.jp.jp", "gmail.com.com": a known domain followed by a repeat of its own ending. */
function duplicatedEnding(domain: string): RuleAnswer {
  const found = KNOWN_DOMAINS.filter((entry) => {
    if (!domain.startsWith(`${entry.domain}.`)) return false;
    const rest = domain.slice(entry.domain.length + 1);
    return entry.domain.endsWith(`.${rest}`);
  });
  return answerFrom(found);
}

/** "docomo.ne", "gmail.co", "yahoo.co.j": the start of exactly one known domain, at most 3 characters short. */
function truncated(domain: string): RuleAnswer {
  if (!domain.includes('.')) return none;
  const MAX_MISSING = 3;
  return answerFrom(
    KNOWN_DOMAINS.filter((entry) => entry.domain.startsWith(domain) && entry.domain.length - domain.length <= MAX_MISSING),
  );
}

/**
 * "docomo.co.jp", "ezweb.jp", "i.softbank.ne.jp", "docomo": a known name under the wrong
 * ending or none. Answers only for names no other known domain uses (anyEndingIsTypo), so
 * yahoo.ne.jp, hotmail.co.jp and softbank.jp, all real, are never touched.
 */
function sameName(domain: string): RuleAnswer {
  const { name } = splitDomain(domain);
  const found = splitKnown.filter((known) => known.name === name).map((known) => known.entry);
  const answer = answerFrom(found);
  if (answer.kind === 'one' && !answer.entry.anyEndingIsTypo) return none;
  return answer;
}

/** How far a typed name may be from a known one: short names allow less. */
function allowedDistance(length: number): number {
  if (length <= 3) return 0;
  if (length <= 7) return 1;
  return 2;
}

/** True when `a` and `b` differ by one substituted character only (same length, one position). */
function isSingleSubstitution(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let differences = 0;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) differences += 1;
  return differences === 1;
}

/**
 * "gmial.com", "hotmial.co.jp", "docomo.ne.jo", "yahoo.cojp": the nearest known domain by
 * OSA distance, abstaining on ties. When the typed domain has a recognised ending, only
 * known domains with the same ending are compared (names only): a recognised ending is never
 * rewritten into another. Without one, whole domains are compared.
 */
function nearest(domain: string): RuleAnswer {
  const { name, ending } = splitDomain(domain);
  const typed = ending ? name : domain;
  const limit = allowedDistance(typed.length);
  if (limit === 0) return none;
  let best = limit + 1;
  let found: KnownDomain[] = [];
  for (const known of splitKnown) {
    if (ending && known.ending !== ending) continue;
    const target = ending ? known.name : known.entry.domain;
    const distance = osaDistance(typed, target, limit);
    // A 4-letter name is one substitution away from too many real names (live/love): require
    // a missing, extra or swapped letter there.
    if (distance === 1 && typed.length <= 4 && isSingleSubstitution(typed, target)) continue;
    if (distance < best) {
      best = distance;
      found = [known.entry];
    } else if (distance === best && distance <= limit) {
      found.push(known.entry);
    }
  }
  return best <= limit ? answerFrom(found) : none;
}

function isSubdomainOfKnown(domain: string): boolean {
  return KNOWN_DOMAINS.some((entry) => domain.endsWith(`.${entry.domain}`));
}

/** The corrected domain, or undefined when the domain is known, unknown-but-plausible, or ambiguous. */
export function suggestDomain(typed: string): string | undefined {
  const domain = typed.toLowerCase();
  if (domain === '' || knownDomain(domain)) return undefined;
  const answers = isSubdomainOfKnown(domain)
    ? [sameName(domain)]
    : [duplicatedEnding(domain), truncated(domain), sameName(domain), nearest(domain)];
  if (answers.some((answer) => answer.kind === 'tie')) return undefined;
  const agreed = new Set(answers.flatMap((answer) => (answer.kind === 'one' ? [answer.entry] : [])));
  const [only] = agreed;
  if (agreed.size !== 1 || !only || only.kind === 'real') return undefined;
  return only.domain;
}
