import type { Rhost } from './types';

/**
 * au (KDDI, EZweb). Both an unknown user and the reception filter answer "550 ... User unknown";
 * the filter's answer carries no address ("550 : User unknown"), the unknown user's does
 * ("550 <x@ezweb.ne.jp>: User unknown") (Sisimai rhost/kddi behaviour; anchors.md §4).
 */
export const kddi: Rhost = {
  id: 'kddi',
  hosts: ['.ezweb.ne.jp', 'msmx.au.com', '.au.com'],
  domains: ['ezweb.ne.jp', 'au.com'],
  decide(facts) {
    if (facts.diagnosis.includes('550 : user unknown')) return { reason: 'filtered', matched: '550 : user unknown' };
    if (facts.diagnosis.includes('>: user unknown')) return { reason: 'userunknown', matched: '>: user unknown' };
    return undefined;
  },
};
