import {
  bounceBodyMarkers,
  bounceSenderLocalParts,
  bounceSenderNames,
  bounceSubjectMarkers,
  smtpReplyWithStatus,
} from './vocabulary';

/**
 * How sure the cheap DOM check is that a message is a bounce.
 * - strong: the sender is a mail system (mailer-daemon, postmaster, "Mail Delivery Subsystem").
 *   Even when the classifier then finds no failure, the sidebar says what it found.
 * - weak: only the subject or the body reads like a bounce. If the classifier finds it is an
 *   ordinary message, nothing is shown.
 */
export type BounceSignal = 'strong' | 'weak';

/** What the webmail shows of a message header, read as text. */
export interface MessageHeadline {
  senderAddress: string;
  senderName: string;
  subject: string;
}

/** Bodies are only scanned this far: bounce markers sit at the top, and the check must stay cheap. */
export const BODY_SCAN_CHARS = 20_000;

const subjectMarkers = Object.values(bounceSubjectMarkers).flat();
const bodyMarkers = Object.values(bounceBodyMarkers).flat();

export function isBounceSenderAddress(address: string): boolean {
  const at = address.lastIndexOf('@');
  if (at <= 0) return false;
  return bounceSenderLocalParts.includes(address.slice(0, at).trim().toLowerCase());
}

export function isBounceSenderName(name: string): boolean {
  const lower = name.trim().toLowerCase();
  return lower !== '' && bounceSenderNames.includes(lower);
}

export function hasBounceSubjectMarker(subject: string): boolean {
  const lower = subject.toLowerCase();
  return subjectMarkers.some((marker) => lower.includes(marker));
}

export function hasBounceBodyMarker(bodyText: string): boolean {
  const head = bodyText.slice(0, BODY_SCAN_CHARS);
  const lower = head.toLowerCase();
  return bodyMarkers.some((marker) => lower.includes(marker)) || smtpReplyWithStatus.test(head);
}

/**
 * The cheap verdict from header text alone; `readBody` is called only when the header says
 * nothing, so an ordinary message costs one short string scan and, at most, one body read.
 */
export function detectBounceSignal(headline: MessageHeadline, readBody: () => string): BounceSignal | undefined {
  if (isBounceSenderAddress(headline.senderAddress) || isBounceSenderName(headline.senderName)) return 'strong';
  if (hasBounceSubjectMarker(headline.subject)) return 'weak';
  return hasBounceBodyMarker(readBody()) ? 'weak' : undefined;
}
