/**
 * Recognised endings (public suffixes) that the typo engine never rewrites into another
 * ending for an unknown domain: example.ne.jp stays ne.jp, example.or.jp stays or.jp
 * (anchors.md §3.3: mailcheck turns every *.ne.jp into .co.jp). The list is curated, not
 * the whole public suffix list: ccTLDs one keystroke away from com or jp that our users
 * practically never mail (jo, cm, om, ne, co.jo) are left out on purpose, so that
 * docomo.ne.jo and gmail.cm can still be corrected.
 */
const recognisedEndings: readonly string[] = [
  // Japan: the general-use jp and the attribute second levels (JPRS).
  'jp', 'co.jp', 'ne.jp', 'or.jp', 'ac.jp', 'ad.jp', 'go.jp', 'lg.jp', 'ed.jp', 'gr.jp',
  // Generic TLDs.
  'com', 'net', 'org', 'info', 'biz', 'edu', 'gov', 'int', 'mil', 'name', 'pro', 'mobi', 'asia',
  'io', 'me', 'co', 'cc', 'tv', 'ai', 'app', 'dev', 'email', 'online', 'site', 'xyz', 'tokyo', 'osaka', 'nagoya', 'yokohama',
  // Countries our users write to most, with their common second levels.
  'us', 'ca', 'uk', 'co.uk', 'ac.uk', 'de', 'fr', 'it', 'es', 'nl', 'ch', 'se', 'eu',
  'au', 'com.au', 'nz', 'co.nz', 'cn', 'com.cn', 'net.cn', 'kr', 'co.kr', 'tw', 'com.tw',
  'hk', 'com.hk', 'sg', 'com.sg', 'th', 'co.th', 'vn', 'com.vn', 'ph', 'com.ph', 'in', 'co.in', 'id', 'co.id', 'my', 'com.my',
];

const endingSet: ReadonlySet<string> = new Set(recognisedEndings);

export function isRecognisedEnding(ending: string): boolean {
  return endingSet.has(ending);
}

/** A domain split at its longest recognised ending: "taro.ocn.ne.jp" → name "taro.ocn", ending "ne.jp". */
export interface SplitDomain {
  /** The labels before the ending; the whole domain when no ending is recognised. */
  name: string;
  /** The longest recognised ending, '' when none is. */
  ending: string;
}

export function splitDomain(domain: string): SplitDomain {
  const labels = domain.split('.');
  // Longest first: stop before the first label so a name always remains.
  for (let start = 1; start < labels.length; start += 1) {
    const ending = labels.slice(start).join('.');
    if (endingSet.has(ending)) return { name: labels.slice(0, start).join('.'), ending };
  }
  return { name: domain, ending: '' };
}
