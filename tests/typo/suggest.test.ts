import { afterAll, describe, expect, it } from 'vitest';
import { suggestAddress, suggestDomain } from '@/lib/typo';
import type { SuggestionContext } from '@/lib/typo';
import { ambiguousDomains, domainTypos, formatTypos, rfcBreakingButReal, validDomains } from './table';

/** The most permissive gate: the bounce says the host is unknown, so every rule may answer. */
const hostUnknown: SuggestionContext = { reason: 'hostunknown', status: '5.1.2' };

let correct = 0;
let wrong = 0;
let missed = 0;

describe('the typo table', () => {
  it('has the sizes the issue asks for', () => {
    expect(new Set(validDomains).size).toBe(validDomains.length);
    expect(validDomains.length).toBeGreaterThanOrEqual(60);
    expect(new Set(domainTypos.map(([typed]) => typed)).size).toBe(domainTypos.length);
    expect(domainTypos.length).toBeGreaterThanOrEqual(120);
  });

  it.each(validDomains)('leaves the valid domain %s alone', (domain) => {
    const suggestion = suggestAddress(`taro@${domain}`, hostUnknown);
    if (suggestion) wrong += 1;
    expect(suggestion).toBeUndefined();
  });

  it.each(ambiguousDomains)('abstains on the ambiguous %s', (domain) => {
    const suggestion = suggestAddress(`taro@${domain}`, hostUnknown);
    if (suggestion) wrong += 1;
    expect(suggestion).toBeUndefined();
  });

  it.each(domainTypos)('corrects %s to %s', (typed, expected) => {
    const suggestion = suggestAddress(`taro@${typed}`, hostUnknown);
    if (suggestion === undefined) missed += 1;
    else if (suggestion.suggested === `taro@${expected}`) correct += 1;
    else wrong += 1;
    // Recall is measured below: a miss is allowed here, a wrong answer never is.
    if (suggestion) expect(suggestion.suggested).toBe(`taro@${expected}`);
    if (suggestion) expect(suggestion.fixes).toContain('domain');
  });

  afterAll(() => {
    const precision = correct / Math.max(1, correct + wrong);
    const recall = correct / domainTypos.length;
    console.log(
      `typo table: ${validDomains.length} valid, ${ambiguousDomains.length} ambiguous, ${domainTypos.length} typos → ` +
        `${correct} correct, ${wrong} wrong, ${missed} missed; precision ${(precision * 100).toFixed(1)}%, recall ${(recall * 100).toFixed(1)}%`,
    );
  });
});

describe('precision and recall on the table', () => {
  // Computed afresh (the per-row tests above may run in any order).
  const answers = domainTypos.map(([typed, expected]) => ({ typed, got: suggestDomain(typed), expected }));
  const falseAlarms = [...validDomains, ...ambiguousDomains].filter((domain) => suggestDomain(domain) !== undefined);
  const right = answers.filter((a) => a.got === a.expected).length;
  const wrongAnswers = answers.filter((a) => a.got !== undefined && a.got !== a.expected).length + falseAlarms.length;

  it('is 100% precise', () => {
    expect(falseAlarms).toEqual([]);
    expect(wrongAnswers).toBe(0);
  });

  it('recalls at least 90% of the typos', () => {
    console.log(`missed typos: ${answers.filter((a) => a.got === undefined).map((a) => a.typed).join(', ')}`);
    const missedTypos = answers.filter((a) => a.got === undefined).map((a) => a.typed);
    expect(right / domainTypos.length, `missed: ${missedTypos.join(', ')}`).toBeGreaterThanOrEqual(0.9);
  });
});

describe('format fixes', () => {
  it.each(formatTypos)('turns %s into %s', (typed, expected) => {
    // Offered whatever the reason: such an address cannot be delivered at all.
    expect(suggestAddress(typed, { reason: 'undefined' })?.suggested).toBe(expected);
  });

  it.each(rfcBreakingButReal)('does not "fix" the real address %s', (address) => {
    expect(suggestAddress(address, hostUnknown)).toBeUndefined();
  });

  it('names each fix it made', () => {
    expect(suggestAddress('ｔａｒｏ ＠gmial.com.', hostUnknown)).toEqual({
      suggested: 'taro@gmail.com',
      fixes: ['full-width', 'space', 'trailing-dot', 'domain'],
      original: 'ｔａｒｏ ＠gmial.com.',
      domain: { from: 'gmial.com', to: 'gmail.com' },
    });
  });

  it('keeps the case of the local part and lowercases the domain', () => {
    expect(suggestAddress('Taro.Yamada@GMIAL.COM', hostUnknown)?.suggested).toBe('Taro.Yamada@gmail.com');
  });

  it('gives nothing for text that is not an address', () => {
    for (const text of ['', '@', 'taro@', '@docomo.ne.jp', 'no address here']) expect(suggestAddress(text, hostUnknown)).toBeUndefined();
  });
});
