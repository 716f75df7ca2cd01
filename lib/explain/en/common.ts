import type { CarrierId } from '@/lib/typo/providers';
import { codeLine, formatSize, quoteList } from '../format';
import type { TextFacts } from '../types';

/** Phrases the English texts share; the same roles as ja/common.ts. */

export const USER_PART = 'user name (the part before the @)';
export const DOMAIN_PART = 'domain (the part after the @)';
export const SERVER = 'mail server (the computer that passes mail on)';
export const HARD = 'a hard bounce: it fails until fixed';
export const SOFT = 'a soft bounce: a temporary error';

export const enCarrierNames: Record<CarrierId, string> = {
  docomo: 'docomo',
  au: 'au',
  softbank: 'SoftBank',
  ymobile: 'Y!mobile',
  uqmobile: 'UQ mobile',
  rakuten: 'Rakuten Mobile',
};

export function carrierName(facts: TextFacts): string {
  return facts.carrier ? enCarrierNames[facts.carrier] : 'a mobile carrier';
}

export function silentDropNote(facts: TextFacts): string {
  const who = facts.carrier ? `${carrierName(facts)} addresses` : 'Mobile carrier addresses';
  return `${who} can drop mail without returning any error, depending on the recipient's filter settings. Before anything important, ask the recipient to allow your address or domain.`;
}

export function spoofFilterNote(facts: TextFacts): string {
  const who = facts.carrier ? carrierName(facts) : 'Mobile carriers';
  return `${who} ${facts.carrier ? 'has' : 'have'} a "spoofed mail" filter: mail that fails sender authentication (SPF and similar checks that the sender is genuine) can be refused even when your address is on the recipient's allow list.`;
}

export function codesInParens(facts: TextFacts): string {
  const codes = codeLine(facts.replyCode, facts.status);
  return codes ? ` (error code: ${codes})` : '';
}

export function adminMessage(request: string, facts: TextFacts): string {
  const lines = [request];
  if (facts.recipient) lines.push(`Recipient: ${facts.recipient}`);
  const codes = codeLine(facts.replyCode, facts.status);
  if (codes) lines.push(`Error code: ${codes}`);
  return lines.join('\n');
}

/** "the attachments (about 12 MB in total)", "this message (about 12 MB)", or "this message". */
export function sizePhrase(facts: TextFacts): string {
  if (facts.sizeBytes === undefined) return facts.attachmentNames.length > 0 ? 'the attachments' : 'this message';
  const size = formatSize(facts.sizeBytes, 'en');
  return facts.sizeIsAttachments ? `the attachments (${size} in total)` : `this message (${size})`;
}

export function attachmentList(facts: TextFacts): string {
  if (facts.attachmentNames.length === 0) return '';
  const more = facts.moreAttachments > 0 ? ` and ${facts.moreAttachments} more` : '';
  return `${quoteList(facts.attachmentNames, 'en')}${more}`;
}

export const BOUNCE_RATE_NOTE =
  'If you keep sending to addresses that bounce and your bounce rate gets high, your sending itself can be blocked.';
