import providerDomains from 'email-providers/all.json';
import { describe, expect, it } from 'vitest';
import { suggestAddress, suggestDomain } from '@/lib/typo';
import { listedProviderCount, TYPO_SQUAT_DOMAINS } from '@/lib/typo/real-domains';
import { domainTypos } from './table';

// The typo engine against the real world: every domain of the email-providers list (8,760) is
// a real mail domain, so none may be rewritten, except the typo-squats of big providers that
// the list also holds (named in lib/typo/real-domains.ts): those must still be corrected.

const listed: readonly string[] = providerDomains;
const squats = new Set(TYPO_SQUAT_DOMAINS);

describe('the real provider list (email-providers)', () => {
  it('is the whole list, less the named typo-squats, each of which is in it', () => {
    expect(listed.length).toBeGreaterThanOrEqual(8000);
    for (const squat of TYPO_SQUAT_DOMAINS) expect(listed, squat).toContain(squat);
    expect(listedProviderCount()).toBe(new Set(listed).size - squats.size);
  });

  it('rewrites none of its real domains', () => {
    const rewritten = listed.filter((domain) => !squats.has(domain) && suggestDomain(domain) !== undefined);
    expect(rewritten).toEqual([]);
  });

  it.each(['outlook.at', 'outlook.ie', 'outlook.pt', 'hotmail.co.il', 'email.cz', 'gmail.it', 'yahoo.ro'])(
    'leaves the real %s alone, even when a bounce says the host is unknown',
    (domain) => {
      expect(suggestAddress(`taro@${domain}`, { reason: 'hostunknown', status: '5.1.2' })).toBeUndefined();
    },
  );

  it('still corrects the typo-squats that are in the typo table, and docomo.ne.jo', () => {
    const tabled = domainTypos.filter(([typed]) => squats.has(typed));
    expect(tabled.length).toBeGreaterThanOrEqual(8);
    for (const [typed, expected] of tabled) expect(suggestDomain(typed), typed).toBe(expected);
    expect(suggestDomain('gmai.com')).toBe('gmail.com');
    expect(suggestDomain('gmial.com')).toBe('gmail.com');
    expect(suggestDomain('docomo.ne.jo')).toBe('docomo.ne.jp');
  });

  it('corrects every named typo-squat to a big provider', () => {
    for (const squat of TYPO_SQUAT_DOMAINS) expect(['gmail.com', 'hotmail.com', 'yahoo.com'], squat).toContain(suggestDomain(squat));
  });
});

describe('recall on the typo table', () => {
  it('is unchanged by the real-provider list (165 of 169 before it)', () => {
    const right = domainTypos.filter(([typed, expected]) => suggestDomain(typed) === expected).length;
    expect(right).toBeGreaterThanOrEqual(165);
  });
});
