import { osaDistance } from './distance';
import { splitDomain } from './endings';
import { KNOWN_DOMAINS, knownDomain, type KnownDomain } from './providers';
import { isListedProviderDomain } from './real-domains';

/**
 * Whole-domain typo correction against the known-domain table (providers.ts). Four small
 * rules each give one answer, none, or a tie (see suggestDomain for how they combine); any
 * tie means no answer. It never rewrites a known domain, never answers with a 'real'
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

/**
 * "docomo.ne.jp.jp", "gmail.com.com": a known domain followed by a repeat of its own ending;
 * "gmail.com.jp", "docomo.ne.jp.com": a distinctive provider (anyEndingIsTypo) followed by an
 * extra ending. Not for the others: yahoo.com.tw and hotmail.com.br are real.
 */
function extraEnding(domain: string): RuleAnswer {
  const found = KNOWN_DOMAINS.filter((entry) => {
    if (!domain.startsWith(`${entry.domain}.`)) return false;
    const rest = domain.slice(entry.domain.length + 1);
    return entry.domain.endsWith(`.${rest}`) || (entry.anyEndingIsTypo === true && rest.split('.').length <= 2);
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
 * "gmial.com", "hotmial.co.jp", "docomo.ne.jo", "yahoo.cojp", "docomo.me.jp": the nearest
 * known domain by OSA distance over the whole domain, abstaining on ties. When the typed
 * domain has a recognised ending, only known domains under that same ending are candidates
 * (docomo.me.jp ends in the recognised "jp", and so does docomo.ne.jp): a recognised ending
 * is never rewritten into another. How far a typo may go depends on the length of the name.
 */
function nearest(domain: string): { answer: RuleAnswer; distance: number } {
  const { name, ending } = splitDomain(domain);
  const limit = allowedDistance(name.length);
  if (limit === 0) return { answer: none, distance: Infinity };
  let best = limit + 1;
  let found: KnownDomain[] = [];
  for (const known of KNOWN_DOMAINS) {
    if (ending && !known.domain.endsWith(`.${ending}`)) continue;
    const distance = osaDistance(domain, known.domain, limit);
    // A name of 4 letters or fewer is one substitution away from too many real names
    // (live/love): there, only a missing, extra or swapped letter counts.
    if (distance === 1 && name.length <= 4 && isSingleSubstitution(domain, known.domain)) continue;
    if (distance < best) {
      best = distance;
      found = [known];
    } else if (distance === best && distance <= limit) {
      found.push(known);
    }
  }
  return best <= limit ? { answer: answerFrom(found), distance: best } : { answer: none, distance: Infinity };
}

function isSubdomainOfKnown(domain: string): boolean {
  return KNOWN_DOMAINS.some((entry) => domain.endsWith(`.${entry.domain}`));
}

/**
 * The corrected domain, or undefined when the domain is known (our table or a real provider's), unknown but plausible, or
 * ambiguous. The exact rules (a repeated ending, a cut-off ending, a known name under the
 * wrong ending) decide first and must agree; the fuzzy rule answers only when they are
 * silent, and vetoes them only with a different domain one keystroke away
 * (gmail.ne.jp is one letter from the real ymail.ne.jp).
 */
export function suggestDomain(typed: string): string | undefined {
  const domain = typed.toLowerCase();
  // A domain of our table or of the real-provider list (real-domains.ts) is never rewritten.
  if (domain === '' || knownDomain(domain) || isListedProviderDomain(domain)) return undefined;
  const subdomain = isSubdomainOfKnown(domain);
  const exact = subdomain ? [sameName(domain)] : [extraEnding(domain), truncated(domain), sameName(domain)];
  if (exact.some((answer) => answer.kind === 'tie')) return undefined;
  const agreed = [...new Set(exact.flatMap((answer) => (answer.kind === 'one' ? [answer.entry] : [])))];
  if (agreed.length > 1) return undefined;
  const fuzzy = subdomain ? { answer: none, distance: Infinity } : nearest(domain);
  const [exactEntry] = agreed;
  let chosen: KnownDomain | undefined;
  if (exactEntry) {
    const vetoed = fuzzy.distance <= 1 && !(fuzzy.answer.kind === 'one' && fuzzy.answer.entry === exactEntry);
    chosen = vetoed ? undefined : exactEntry;
  } else if (fuzzy.answer.kind === 'one') {
    chosen = fuzzy.answer.entry;
  }
  return chosen && chosen.kind !== 'real' ? chosen.domain : undefined;
}
