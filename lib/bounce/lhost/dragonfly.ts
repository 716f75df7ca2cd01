/**
 * DragonFly Mail Agent (dma). One plain-text paragraph per failure and no delivery-status part:
 * "There was an error delivering your mail to <x@example.jp>.", then the remote server's reply
 * ("host [ip] did not like our RCPT TO: 550 ...") or dma's own words, then "Message headers
 * follow." The generic reader finds nothing here.
 */
import { emptyFact, type DecodedMail } from '../fact';
import { ADDRESS_PATTERN, findAddress, squeeze } from '../text';
import type { Lhost } from './types';

/** dma's queue timeout text (dma's net.c/mail.c "Could not deliver for the last %d seconds. Giving up."). */
const queueTimeout = 'could not deliver for the last';
/** dma's net.c when the recipient's domain has no MX or address ("DNS lookup failure: host %s not found"). */
const dnsFailure = 'dns lookup failure: host ';
const originalMarker = 'Message headers follow.';

/** dma's "There was an error delivering your mail to <x@example.jp>." and the text after it. */
const errorOpener = new RegExp(String.raw`There was an error delivering your mail to <?(${ADDRESS_PATTERN})>?\.?\s*\n([\s\S]*)`);

export const dragonfly: Lhost = {
  id: 'dragonfly',
  detect: (mail) => mail.head.includes('this is the dragonfly mail agent') || (mail.headers.get('received') ?? []).some((r) => r.includes('DragonFly Mail Agent')),
  extract(mail): DecodedMail | undefined {
    const end = mail.body.indexOf(originalMarker);
    const report = end < 0 ? mail.body : mail.body.slice(0, end);
    const opener = errorOpener.exec(report);
    const recipient = findAddress(opener?.[1] ?? '');
    if (!recipient) return undefined;
    const fact = emptyFact(recipient);
    fact.diagnosticCode = squeeze(opener?.[2] ?? '');
    const host = /^([a-z0-9.-]+\.[a-z]{2,}) \[[0-9a-f.:]+\] did not like/im.exec(fact.diagnosticCode);
    if (host?.[1]) fact.remoteMta = host[1].toLowerCase();
    const lower = fact.diagnosticCode.toLowerCase();
    if (lower.includes(queueTimeout)) {
      fact.reason = 'expired';
      fact.reasonMatched = queueTimeout;
      fact.action = 'delayed';
    } else if (lower.includes(dnsFailure)) {
      fact.reason = 'hostunknown';
      fact.reasonMatched = dnsFailure;
    }
    return { facts: [fact], ...(end >= 0 ? { inlineOriginal: mail.body.slice(end + originalMarker.length).replace(/^\s+/, '') } : {}) };
  },
};
