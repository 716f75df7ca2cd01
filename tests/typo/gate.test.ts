import { describe, expect, it } from 'vitest';
import { REASON_IDS } from '@/lib/bounce/reasons/taxonomy';
import { isOfferedFor, suggestAddress, type SuggestionContext } from '@/lib/typo';

describe('when a suggestion is offered', () => {
  it.each<SuggestionContext>([
    { reason: 'userunknown' },
    { reason: 'hostunknown' },
    // A DNS error saying the domain does not exist counts, whatever reason the codes gave.
    { reason: 'networkerror', status: '5.4.4', diagnosticCode: 'Host or domain name not found. Name service error for name=gmial.com type=MX: Host not found' },
    { reason: 'expired', diagnosticCode: "DNS type 'mx' lookup of docomo.ne.jo responded with code NXDOMAIN" },
    { reason: 'undefined', diagnosticCode: 'Unrouteable address' },
    { reason: 'systemerror', status: '5.1.2' },
    { reason: 'onhold', status: '5.4.310', diagnosticCode: 'DNS domain does not exist' },
    // The address is malformed.
    { reason: 'undefined', status: '5.1.3', diagnosticCode: 'Bad recipient address syntax' },
    { reason: 'rejected', diagnosticCode: '501 5.1.3 Invalid address' },
  ])('offers for %o', (context) => {
    expect(isOfferedFor(context)).toBe(true);
  });

  it.each<SuggestionContext>([
    // docomo's "Unknown user" after DATA is a reception filter, not a typo (anchors.md §4).
    { reason: 'filtered', status: '5.2.0', diagnosticCode: '550 Unknown user taro@docomo.ne.jp' },
    { reason: 'mailboxfull', status: '5.2.2', diagnosticCode: 'Mailbox full' },
    { reason: 'blocked', status: '5.7.1', diagnosticCode: 'blocked using zen.spamhaus.org' },
    { reason: 'policyviolation', status: '5.7.1' },
    { reason: 'authfailure', status: '5.7.26' },
    { reason: 'emailtoolarge', status: '5.3.4' },
    { reason: 'delivered', status: '2.0.0' },
  ])('does not offer for %o', (context) => {
    expect(isOfferedFor(context)).toBe(false);
  });

  it('offers for exactly the two address reasons when nothing else is known', () => {
    expect(REASON_IDS.filter((reason) => isOfferedFor({ reason }))).toEqual(['userunknown', 'hostunknown']);
  });

  it('reads only the start of a huge diagnostic', () => {
    const padded = `${'x'.repeat(10_000)} host or domain name not found`;
    expect(isOfferedFor({ reason: 'undefined', diagnosticCode: padded })).toBe(false);
  });
});

describe('the gate applies to domain corrections only', () => {
  it('does not correct a domain on a policy bounce', () => {
    expect(suggestAddress('taro@gmial.com', { reason: 'spamdetected', status: '5.7.1' })).toBeUndefined();
    expect(suggestAddress('taro@docomo.co.jp', { reason: 'filtered', status: '5.2.0' })).toBeUndefined();
  });

  it('corrects the domain once the bounce says the host is unknown', () => {
    expect(suggestAddress('taro@docomo.co.jp', { reason: 'hostunknown' })?.suggested).toBe('taro@docomo.ne.jp');
  });

  it('corrects a malformed address whatever the reason, and then its domain too', () => {
    expect(suggestAddress('taro@gmial.com.', { reason: 'spamdetected' })).toMatchObject({
      suggested: 'taro@gmail.com',
      fixes: ['trailing-dot', 'domain'],
    });
  });

  it('has nothing to say about a valid address at a known provider', () => {
    expect(suggestAddress('taro@yahoo.co.jp', { reason: 'userunknown' })).toBeUndefined();
  });
});
