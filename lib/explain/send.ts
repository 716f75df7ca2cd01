import type { BounceReport } from '@/lib/bounce/types';
import type { Lang } from '@/lib/i18n/lang';
import { carrierOf } from '@/lib/typo/providers';
import { enGlanceWords } from './en/send';
import { jaGlanceWords } from './ja/send';

/**
 * The whole send at a glance: the question users ask most ("I sent it to several people and one
 * error came back: did the others get it?", peers.md §4). From the returned original's To and Cc
 * (BounceReport.original.to), this bounce's failed recipients and the earlier bounces recorded
 * for the same Message-ID (the tracker's sent-mail index): how many it went to, which failed,
 * and that the others returned no error so far, with the honest caveat that no error is not
 * proof of delivery (carrier filters can drop mail silently; the popup's carrier guide).
 */
export interface SendGlance {
  /** Distinct recipients known: To and Cc of the original, plus failed ones not in them (Bcc). */
  sentTo: number;
  failed: readonly { address: string; earlier: boolean }[];
  /** Recipients with no error so far. */
  others: number;
  /** Of those, at a Japanese mobile carrier (their filters can drop mail without an error). */
  othersAtCarriers: number;
  headline: string;
  failedLine: string;
  othersLine: string;
  caveat: string;
}

const MAX_LISTED = 5;

export interface GlanceWords {
  headline: (failed: number, sentTo: number) => string;
  failedLine: (listed: readonly { address: string; earlier: boolean }[], more: number) => string;
  othersLine: (others: number) => string;
  caveat: (othersAtCarriers: number) => string;
}

const WORDS: Record<Lang, GlanceWords> = { ja: jaGlanceWords, en: enGlanceWords };

const lower = (address: string): string => address.trim().toLowerCase();

/**
 * The glance for a bounce whose original's recipients are known; undefined when they are not, or
 * when the mail went to one person only (the card says everything then).
 */
export function glanceOfSend(report: BounceReport, earlierFailed: readonly string[], lang: Lang): SendGlance | undefined {
  if (report.kind !== 'bounce' || !report.original || report.original.to.length === 0) return undefined;
  const here = report.recipients.filter((r) => r.action !== 'delayed' && r.action !== 'delivered').map((r) => r.recipient);
  const failed: { address: string; earlier: boolean }[] = [];
  const seen = new Set<string>();
  for (const [address, earlier] of [...here.map((a) => [a, false] as const), ...earlierFailed.map((a) => [a, true] as const)]) {
    const key = lower(address);
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    failed.push({ address, earlier });
  }
  const all = new Set([...report.original.to.map(lower), ...seen]);
  all.delete('');
  if (all.size < 2 || failed.length === 0) return undefined;
  const others = [...all].filter((address) => !seen.has(address));
  const othersAtCarriers = others.filter((address) => carrierOf(address) !== undefined).length;
  const words = WORDS[lang] ?? WORDS.ja;
  return {
    sentTo: all.size,
    failed,
    others: others.length,
    othersAtCarriers,
    headline: words.headline(failed.length, all.size),
    failedLine: words.failedLine(failed.slice(0, MAX_LISTED), Math.max(0, failed.length - MAX_LISTED)),
    othersLine: words.othersLine(others.length),
    caveat: words.caveat(othersAtCarriers),
  };
}
