/**
 * Hard or soft, by Sisimai's rule (its hardbounce field, anchors.md §1): a hard bounce means
 * the address will not take mail as it is: the mailbox or domain does not exist, or moved,
 * or the domain takes no mail at all and said so with a permanent (5xx) code. Everything else
 * is soft, even with a 5xx code; delivered, vacation and feedback are not failures at all.
 */
import type { ReasonId } from './reasons/taxonomy';
import type { Severity } from './types';

const alwaysHard: ReadonlySet<ReasonId> = new Set<ReasonId>(['userunknown', 'hostunknown', 'hasmoved']);

/** True when the recipient bounced hard. */
export function isHardBounce(reason: ReasonId, status: string, replyCode: string): boolean {
  if (alwaysHard.has(reason)) return true;
  if (reason !== 'notaccept') return false;
  // notaccept is hard when permanent: a 5xx reply or a 5.x.x status; with no code at all,
  // the domain said it takes no mail (a null MX), which is permanent too.
  if (replyCode) return replyCode.startsWith('5');
  if (status) return status.startsWith('5');
  return true;
}

export function severityOf(reason: ReasonId, status: string, replyCode: string): Severity {
  return isHardBounce(reason, status, replyCode) ? 'hard' : 'soft';
}
