/**
 * The typo engine's measuring table. Valid domains must get no suggestion; typos must get
 * exactly the expected domain; ambiguous inputs must get none. Typo patterns come from
 * anchors.md §3.3–3.4 (the list, gocomo.ne.jp, nifty.con, the .jo/.cojp/.ne.jp.jp
 * endings) plus the usual keyboard slips: a dropped, doubled, swapped or neighbouring letter,
 * and Japanese romanisation (dokomo, bigrobe).
 */

/** Real mail domains (providers, companies, schools, local governments), some one letter from a provider. */
export const validDomains: readonly string[] = [
  // mobile carriers, current and legacy
  'docomo.ne.jp', 'ezweb.ne.jp', 'au.com', 'biz.au.com', 'uqmobile.jp', 'softbank.ne.jp', 'i.softbank.jp',
  'disney.ne.jp', 't.vodafone.ne.jp', 'jp-d.ne.jp', 'jp-k.ne.jp', 'ymobile.ne.jp', 'ymobile1.ne.jp', 'emnet.ne.jp',
  'willcom.com', 'dj.pdx.ne.jp', 'rakumail.jp', 'rakuten.jp',
  // free mail: each pair is two real, different domains
  'gmail.com', 'googlemail.com', 'yahoo.co.jp', 'yahoo.com', 'yahoo.ne.jp', 'ymail.ne.jp', 'ymail.com',
  'hotmail.com', 'hotmail.co.jp', 'outlook.com', 'outlook.jp', 'live.com', 'live.jp', 'msn.com',
  'icloud.com', 'me.com', 'mac.com', 'mail.com', 'email.com', 'gmx.com', 'gmx.net', 'aol.com', 'aol.jp',
  'protonmail.com', 'proton.me', 'zoho.com', 'excite.co.jp', 'goo.jp', 'qq.com', '163.com', '126.com',
  'hotmail.fr', 'yahoo.fr', 'outlook.fr',
  // ISPs, with per-user subdomains
  'nifty.com', 'biglobe.ne.jp', 'kfa.biglobe.ne.jp', 'ocn.ne.jp', 'taro.ocn.ne.jp', 'so-net.ne.jp', 'ab.so-net.ne.jp',
  'plala.or.jp', 'mbr.plala.or.jp', 'ybb.ne.jp', 'dion.ne.jp', 'odn.ne.jp', 'zaq.ne.jp', 'jcom.zaq.ne.jp',
  'jcom.home.ne.jp', 'eonet.ne.jp', 'gaia.eonet.ne.jp', 'asahi-net.or.jp', 'hi-ho.ne.jp', 'commufa.jp', 'wakwak.com',
  'kcn.ne.jp', 'gol.com', 'tiki.ne.jp', 'mbn.or.jp', 'sakura.ne.jp', 'dream.jp', 'auone.jp', 'mopera.net', 'infoweb.ne.jp',
  // companies near a provider's name, and ordinary organisations under every Japanese ending
  'nttdocomo.co.jp', 'kddi.com', 'softbank.jp', 'nifty.co.jp', 'rakuten.co.jp', 'sony.co.jp', 'toyota.jp',
  'example.co.jp', 'example.ne.jp', 'example.or.jp', 'example.ac.jp', 'example.ad.jp', 'example.ed.jp',
  'example.gr.jp', 'example.jp', 'example.com', 'example.net', 'example.org', 'u-tokyo.ac.jp', 'kyoto-u.ac.jp',
  'city.yokohama.lg.jp', 'pref.osaka.lg.jp', 'mhlw.go.jp', 'nic.ad.jp', 'jprs.jp', 'city.shibuya.tokyo.jp',
];

/** [typed domain, expected correction]. Addresses are built as taro@<domain>. */
export const domainTypos: readonly (readonly [string, string])[] = [
  // gmail.com
  ['gmial.com', 'gmail.com'], ['gmai.com', 'gmail.com'], ['gmaill.com', 'gmail.com'], ['gamil.com', 'gmail.com'],
  ['gmal.com', 'gmail.com'], ['gnail.com', 'gmail.com'], ['gmali.com', 'gmail.com'], ['gmil.com', 'gmail.com'],
  ['gmaul.com', 'gmail.com'], ['gmail.con', 'gmail.com'], ['gmail.cmo', 'gmail.com'], ['gmail.co', 'gmail.com'],
  ['gmail.cm', 'gmail.com'], ['gmail.om', 'gmail.com'], ['gmail.comm', 'gmail.com'], ['gmail.com.com', 'gmail.com'],
  ['gmail.co.jp', 'gmail.com'], ['gmail.jp', 'gmail.com'], ['gmail', 'gmail.com'],
  ['gmial.con', 'gmail.com'], ['gmail.xom', 'gmail.com'], ['gmail.vom', 'gmail.com'], ['gmailcom', 'gmail.com'],
  ['gmail.c', 'gmail.com'], ['googlemail.con', 'googlemail.com'], ['googlmail.com', 'googlemail.com'],
  // docomo.ne.jp
  ['docomo.ne.jo', 'docomo.ne.jp'], ['docomo.co.jp', 'docomo.ne.jp'], ['docomo.ne.jp.jp', 'docomo.ne.jp'],
  ['docomo.ne', 'docomo.ne.jp'], ['docomo.nejp', 'docomo.ne.jp'], ['docomo.ne.jpp', 'docomo.ne.jp'],
  ['docomo.jp', 'docomo.ne.jp'], ['docomo.or.jp', 'docomo.ne.jp'], ['docomo.ne.j', 'docomo.ne.jp'],
  ['docomo.ne.pj', 'docomo.ne.jp'], ['docommo.ne.jp', 'docomo.ne.jp'], ['docom.ne.jp', 'docomo.ne.jp'],
  ['docoomo.ne.jp', 'docomo.ne.jp'], ['gocomo.ne.jp', 'docomo.ne.jp'], ['dokomo.ne.jp', 'docomo.ne.jp'],
  ['docomo.ne.ip', 'docomo.ne.jp'], ['docomo.me.jp', 'docomo.ne.jp'], ['docomo', 'docomo.ne.jp'],
  ['docmo.ne.jp', 'docomo.ne.jp'], ['docomo.ne.jp.ne.jp', 'docomo.ne.jp'],
  // au
  ['ezweb.ne.jo', 'ezweb.ne.jp'], ['ezweb.co.jp', 'ezweb.ne.jp'], ['ezweb.jp', 'ezweb.ne.jp'], ['ezwed.ne.jp', 'ezweb.ne.jp'],
  ['ezwb.ne.jp', 'ezweb.ne.jp'], ['ezweb.ne.jp.jp', 'ezweb.ne.jp'], ['ezweb.com', 'ezweb.ne.jp'], ['ezweb.ne', 'ezweb.ne.jp'],
  ['ezweb.nejp', 'ezweb.ne.jp'], ['esweb.ne.jp', 'ezweb.ne.jp'], ['ezweb.ne.pj', 'ezweb.ne.jp'], ['ezewb.ne.jp', 'ezweb.ne.jp'],
  ['au.con', 'au.com'], ['au.cm', 'au.com'], ['au.comm', 'au.com'], ['biz.au.con', 'biz.au.com'],
  ['uqmobile.jo', 'uqmobile.jp'], ['uqmobile.ne.jp', 'uqmobile.jp'], ['uqmoble.jp', 'uqmobile.jp'], ['uqmobile.com', 'uqmobile.jp'],
  // SoftBank and Y!mobile
  ['softbank.ne.jo', 'softbank.ne.jp'], ['sofbank.ne.jp', 'softbank.ne.jp'], ['softbank.ne.jp.jp', 'softbank.ne.jp'],
  ['sftbank.ne.jp', 'softbank.ne.jp'], ['softbnak.ne.jp', 'softbank.ne.jp'], ['softbank.nejp', 'softbank.ne.jp'],
  ['softbamk.ne.jp', 'softbank.ne.jp'], ['i.softbank.ne.jp', 'i.softbank.jp'], ['i.softbank.co.jp', 'i.softbank.jp'],
  ['i.softbank.jo', 'i.softbank.jp'], ['i.sofbank.jp', 'i.softbank.jp'], ['i.softbank.jpp', 'i.softbank.jp'],
  ['i.softbank.com', 'i.softbank.jp'], ['i.softbank.jp.jp', 'i.softbank.jp'],
  ['i.softbannk.jp', 'i.softbank.jp'], ['disney.ne.jo', 'disney.ne.jp'], ['disny.ne.jp', 'disney.ne.jp'],
  ['ymobile.ne.jo', 'ymobile.ne.jp'], ['ymoblie.ne.jp', 'ymobile.ne.jp'], ['rakumail.jo', 'rakumail.jp'],
  ['rakumial.jp', 'rakumail.jp'], ['rakumail.com', 'rakumail.jp'],
  // Yahoo
  ['yahoo.co.jo', 'yahoo.co.jp'], ['yahoo.cojp', 'yahoo.co.jp'], ['yaho.co.jp', 'yahoo.co.jp'], ['yahooo.co.jp', 'yahoo.co.jp'],
  ['yahho.co.jp', 'yahoo.co.jp'], ['yhaoo.co.jp', 'yahoo.co.jp'], ['yahoo.co.jpp', 'yahoo.co.jp'], ['yahoo.co.j', 'yahoo.co.jp'],
  ['yahoo.co.jp.jp', 'yahoo.co.jp'], ['yahoo.co.pj', 'yahoo.co.jp'], ['yahoo.con', 'yahoo.com'], ['yaho.com', 'yahoo.com'],
  ['yahooo.com', 'yahoo.com'], ['yhoo.com', 'yahoo.com'], ['yahoo.ne.jo', 'yahoo.ne.jp'],
  // Apple
  ['icloud.con', 'icloud.com'], ['iclould.com', 'icloud.com'], ['icoud.com', 'icloud.com'], ['icluod.com', 'icloud.com'],
  ['icloud.co', 'icloud.com'], ['icloud.co.jp', 'icloud.com'], ['icloud.jp', 'icloud.com'], ['icloud.cm', 'icloud.com'],
  ['iclod.com', 'icloud.com'], ['me.con', 'me.com'], ['mac.con', 'mac.com'],
  // Microsoft
  ['outlook.jo', 'outlook.jp'], ['outlok.jp', 'outlook.jp'], ['outloook.jp', 'outlook.jp'], ['outlook.jpp', 'outlook.jp'],
  ['outlook.con', 'outlook.com'], ['outlok.com', 'outlook.com'], ['otlook.com', 'outlook.com'], ['outlook.cm', 'outlook.com'],
  ['hotmial.com', 'hotmail.com'], ['hotmai.com', 'hotmail.com'], ['hotmail.con', 'hotmail.com'], ['hotmal.com', 'hotmail.com'],
  ['hotnail.com', 'hotmail.com'], ['hotmial.co.jp', 'hotmail.co.jp'], ['hotmail.co.jo', 'hotmail.co.jp'],
  ['hotmail.cojp', 'hotmail.co.jp'], ['hotmai.co.jp', 'hotmail.co.jp'], ['hotmail.co.jp.jp', 'hotmail.co.jp'],
  ['live.jo', 'live.jp'], ['live.con', 'live.com'],
  // ISPs
  ['nifty.con', 'nifty.com'], ['niftty.com', 'nifty.com'], ['nifyt.com', 'nifty.com'], ['nifty.cm', 'nifty.com'],
  ['nifity.com', 'nifty.com'], ['biglobe.ne.jo', 'biglobe.ne.jp'], ['bigrobe.ne.jp', 'biglobe.ne.jp'],
  ['biglob.ne.jp', 'biglobe.ne.jp'], ['biglobe.nejp', 'biglobe.ne.jp'], ['biglobe.ne.jp.jp', 'biglobe.ne.jp'],
  ['ocn.ne.jo', 'ocn.ne.jp'], ['ocn.nejp', 'ocn.ne.jp'], ['so-net.ne.jo', 'so-net.ne.jp'], ['so-nett.ne.jp', 'so-net.ne.jp'],
  ['prala.or.jp', 'plala.or.jp'], ['plala.or.jo', 'plala.or.jp'], ['ybb.ne.jo', 'ybb.ne.jp'], ['dion.ne.jo', 'dion.ne.jp'],
  ['exite.co.jp', 'excite.co.jp'], ['excite.co.jo', 'excite.co.jp'],
  // harder ones: two slips, a missing or extra dot, a comma, an extra ending
  ['gmaiil.con', 'gmail.com'], ['g.mail.com', 'gmail.com'], ['gmail.com.jp', 'gmail.com'], ['hotmailcom', 'hotmail.com'],
  ['docomo.ne.jp.com', 'docomo.ne.jp'], ['docomo.ne,jp', 'docomo.ne.jp'], ['docomo.co', 'docomo.ne.jp'],
  ['ezweb.nr.jp', 'ezweb.ne.jp'], ['ezwebne.jp', 'ezweb.ne.jp'], ['ymail.ne.jo', 'ymail.ne.jp'],
  ['yahoo.c.jp', 'yahoo.co.jp'], ['yahoo.com.jp', 'yahoo.co.jp'], ['au.co.jp', 'au.com'], ['yahoo.co.jp.com', 'yahoo.co.jp'], ['softbank.jp.ne', 'softbank.ne.jp'],
];

/** Inputs that could mean two real domains: the engine must abstain. */
export const ambiguousDomains: readonly string[] = [
  'hotmail.co', // hotmail.com or hotmail.co.jp
  'yahoo.co', // yahoo.com or yahoo.co.jp
  'outlook.co', // outlook.com or outlook.jp
  'yahoo.jp', // yahoo.co.jp, yahoo.ne.jp or yahoo.com
  'live.co.jp', // live.jp or live.com
  'outlook.co.jp', // outlook.jp or outlook.com
  'hotmail.ne.jp', // hotmail.co.jp or hotmail.com
  'nifty.ne.jp', // nifty.com, or the company's nifty.co.jp
  'softbank.co.jp', // softbank.ne.jp or the company's softbank.jp
  'outlook.cojp', // outlook.jp or outlook.com, two steps each
  'jp-x.ne.jp', // one letter from nine legacy J-PHONE domains
  'gmail.ne.jp', // gmail.com under the wrong ending, or one letter from the real ymail.ne.jp
  'isoftbank.jp', // i.softbank.jp or the company's softbank.jp, one step each
  'sonet.ne.jp', // so-net.ne.jp or eonet.ne.jp, one letter each
  'yahoo.com.tw', // real (Yahoo Taiwan): not in our table, and not ours to rewrite
  'hotmail.com.br', // real (Hotmail Brazil)
];


/** [typed address, expected address] for the format fixes, which need no domain table. */
export const formatTypos: readonly (readonly [string, string])[] = [
  ['ｔａｒｏ＠ｄｏｃｏｍｏ．ｎｅ．ｊｐ', 'taro@docomo.ne.jp'],
  ['taro＠example.co.jp', 'taro@example.co.jp'],
  ['ｈａｎａｋｏ.yamada@example.jp', 'hanako.yamada@example.jp'],
  ['taro @example.co.jp', 'taro@example.co.jp'],
  ['taro@example .co.jp', 'taro@example.co.jp'],
  ['taro\u3000@example.ne.jp', 'taro@example.ne.jp'],
  ['taro@example.co.jp.', 'taro@example.co.jp'],
  ['taro@docomo.ne.jp.', 'taro@docomo.ne.jp'],
  ['taro@example..co.jp', 'taro@example.co.jp'],
  ['taro@docomo..ne.jp', 'taro@docomo.ne.jp'],
  ['taro@gmail..com', 'taro@gmail.com'],
  ['ｔａｒｏ＠ｇｍｉａｌ．ｃｏｍ', 'taro@gmail.com'],
  ['taro @ gmial.com', 'taro@gmail.com'],
  ['taro@docomo.ne.jo.', 'taro@docomo.ne.jp'],
];

/** Real old docomo/au addresses that break RFC 5322 in the local part (anchors.md §3.4): never "fixed". */
export const rfcBreakingButReal: readonly string[] = [
  'taro.@docomo.ne.jp',
  'taro..hanako@docomo.ne.jp',
  '.taro@ezweb.ne.jp',
  'ta..ro.@ezweb.ne.jp',
  '"taro yamada"@example.co.jp',
];
