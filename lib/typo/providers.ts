/**
 * The mail domains we know by name: Japanese mobile carriers, ISPs, free mail, and a few
 * real domains that sit close to them. ONE table, shared by the typo engine (what a typo
 * may be corrected to, and what must never be "corrected") and by the explanations (the
 * carrier-aware text). Sources: docs anchors.md §3.4 (carrier and ISP domains, with the
 * pages that list them) and §4 (carrier behaviour); Sisimai's rhost tables name
 * docomo.ne.jp, ezweb.ne.jp and au.com.
 */

/** Japanese mobile carriers whose reception filters change what a bounce means. */
export type CarrierId = 'docomo' | 'au' | 'softbank' | 'ymobile' | 'uqmobile' | 'rakuten';

export const CARRIER_IDS: readonly CarrierId[] = ['docomo', 'au', 'softbank', 'ymobile', 'uqmobile', 'rakuten'];

export type DomainKind =
  | 'carrier' // a mobile carrier's own mail (reception filters, small size limits)
  | 'free' // free web mail
  | 'isp' // an internet provider's mail
  | 'real'; // a real domain near a provider (a company site); never suggested, never rewritten

export interface KnownDomain {
  domain: string;
  kind: DomainKind;
  carrier?: CarrierId;
  /**
   * True when this domain's name (the part before its ending) under ANY other ending is a
   * typo of this domain: docomo.co.jp and ezweb.jp are not real mail domains. Set only for
   * names no other provider or company uses (yahoo, hotmail, outlook, softbank and nifty
   * each exist under two endings, so they are not set).
   */
  anyEndingIsTypo?: boolean;
}

export const KNOWN_DOMAINS: readonly KnownDomain[] = [
  // NTT docomo (ahamo uses the same domain). mopera.net is docomo's ISP, without carrier filters.
  { domain: 'docomo.ne.jp', kind: 'carrier', carrier: 'docomo', anyEndingIsTypo: true },
  { domain: 'mopera.net', kind: 'isp' },
  // KDDI au: ezweb.ne.jp (older) and au.com / biz.au.com (since 2017; Sisimai rhost KDDI "msmx.au.com").
  { domain: 'ezweb.ne.jp', kind: 'carrier', carrier: 'au', anyEndingIsTypo: true },
  { domain: 'au.com', kind: 'carrier', carrier: 'au' },
  { domain: 'biz.au.com', kind: 'carrier', carrier: 'au' },
  { domain: 'uqmobile.jp', kind: 'carrier', carrier: 'uqmobile', anyEndingIsTypo: true },
  { domain: 'auone.jp', kind: 'free' },
  { domain: 'kddi.com', kind: 'real' },
  // SoftBank: softbank.ne.jp (MMS) and i.softbank.jp (iPhone mail) are both real and different.
  // disney.ne.jp (Disney Mobile), *.vodafone.ne.jp and jp-?.ne.jp (J-PHONE) are older SoftBank domains.
  { domain: 'softbank.ne.jp', kind: 'carrier', carrier: 'softbank' },
  { domain: 'i.softbank.jp', kind: 'carrier', carrier: 'softbank', anyEndingIsTypo: true },
  { domain: 'disney.ne.jp', kind: 'carrier', carrier: 'softbank' },
  { domain: 'vodafone.ne.jp', kind: 'carrier', carrier: 'softbank' },
  ...['d', 'h', 't', 'c', 'k', 'r', 'n', 's', 'q'].map(
    (letter): KnownDomain => ({ domain: `jp-${letter}.ne.jp`, kind: 'carrier', carrier: 'softbank' }),
  ),
  { domain: 'softbank.jp', kind: 'real' },
  // Y!mobile, which absorbed EMOBILE (emnet.ne.jp) and WILLCOM (willcom.com, *.pdx.ne.jp).
  { domain: 'ymobile.ne.jp', kind: 'carrier', carrier: 'ymobile' },
  { domain: 'ymobile1.ne.jp', kind: 'carrier', carrier: 'ymobile' },
  { domain: 'emnet.ne.jp', kind: 'carrier', carrier: 'ymobile' },
  { domain: 'willcom.com', kind: 'carrier', carrier: 'ymobile' },
  { domain: 'pdx.ne.jp', kind: 'carrier', carrier: 'ymobile' },
  // Rakuten Mobile: 楽メール (rakumail.jp); rakuten.jp as listed in anchors.md §3.4.
  { domain: 'rakumail.jp', kind: 'carrier', carrier: 'rakuten', anyEndingIsTypo: true },
  { domain: 'rakuten.jp', kind: 'carrier', carrier: 'rakuten' },
  { domain: 'rakuten.co.jp', kind: 'real' },
  { domain: 'rakuten.com', kind: 'real' },
  // Google, Apple, Microsoft. Each pair below is two real, different domains.
  { domain: 'gmail.com', kind: 'free', anyEndingIsTypo: true },
  { domain: 'googlemail.com', kind: 'free', anyEndingIsTypo: true },
  { domain: 'icloud.com', kind: 'free', anyEndingIsTypo: true },
  { domain: 'me.com', kind: 'free' },
  { domain: 'mac.com', kind: 'free' },
  { domain: 'outlook.com', kind: 'free' },
  { domain: 'outlook.jp', kind: 'free' },
  { domain: 'hotmail.com', kind: 'free' },
  { domain: 'hotmail.co.jp', kind: 'free' },
  { domain: 'live.com', kind: 'free' },
  { domain: 'live.jp', kind: 'free' },
  { domain: 'msn.com', kind: 'free' },
  // Yahoo: yahoo.co.jp (Yahoo! JAPAN), yahoo.ne.jp (Y!mobile mail), yahoo.com; ymail.* aliases.
  { domain: 'yahoo.co.jp', kind: 'free' },
  { domain: 'yahoo.ne.jp', kind: 'free' },
  { domain: 'yahoo.com', kind: 'free' },
  { domain: 'ymail.ne.jp', kind: 'free' },
  { domain: 'ymail.com', kind: 'free' },
  // Other free mail seen in Japanese offices; mail.com, email.com and gmx.* are real and one step from gmail.
  { domain: 'aol.com', kind: 'free' },
  { domain: 'mail.com', kind: 'free' },
  { domain: 'email.com', kind: 'free' },
  { domain: 'gmx.com', kind: 'free' },
  { domain: 'gmx.net', kind: 'free' },
  { domain: 'protonmail.com', kind: 'free' },
  { domain: 'proton.me', kind: 'free' },
  { domain: 'zoho.com', kind: 'free' },
  { domain: 'excite.co.jp', kind: 'free' },
  { domain: 'goo.jp', kind: 'free' },
  { domain: 'qq.com', kind: 'free' },
  { domain: '163.com', kind: 'free' },
  // Japanese ISPs. Several give each user a subdomain (taro@abc.ocn.ne.jp); any subdomain of a
  // known domain is left alone by the typo engine.
  { domain: 'nifty.com', kind: 'isp' },
  { domain: 'nifty.co.jp', kind: 'real' },
  { domain: 'biglobe.ne.jp', kind: 'isp' },
  { domain: 'ocn.ne.jp', kind: 'isp' },
  { domain: 'so-net.ne.jp', kind: 'isp' },
  { domain: 'plala.or.jp', kind: 'isp' },
  { domain: 'ybb.ne.jp', kind: 'isp' },
  { domain: 'dion.ne.jp', kind: 'isp' },
  { domain: 'odn.ne.jp', kind: 'isp' },
  { domain: 'zaq.ne.jp', kind: 'isp' },
  { domain: 'home.ne.jp', kind: 'isp' },
  { domain: 'eonet.ne.jp', kind: 'isp' },
  { domain: 'asahi-net.or.jp', kind: 'isp' },
  { domain: 'hi-ho.ne.jp', kind: 'isp' },
  { domain: 'commufa.jp', kind: 'isp' },
  { domain: 'wakwak.com', kind: 'isp' },
];

const byDomain: ReadonlyMap<string, KnownDomain> = new Map(KNOWN_DOMAINS.map((entry) => [entry.domain, entry]));

/** The table entry for exactly this domain, if any. */
export function knownDomain(domain: string): KnownDomain | undefined {
  return byDomain.get(domain.toLowerCase());
}

/**
 * The mobile carrier of an address or domain: the domain itself or any subdomain of a
 * carrier domain (legacy t.vodafone.ne.jp, dj.pdx.ne.jp). Undefined for everything else.
 */
export function carrierOf(addressOrDomain: string): CarrierId | undefined {
  let domain = addressOrDomain.slice(addressOrDomain.lastIndexOf('@') + 1).trim().toLowerCase();
  while (domain.includes('.')) {
    const carrier = byDomain.get(domain)?.carrier;
    if (carrier) return carrier;
    domain = domain.slice(domain.indexOf('.') + 1);
  }
  return undefined;
}
