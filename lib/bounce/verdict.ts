/**
 * One raw fact → one reported recipient: codes found in the text, the provider rules (rhost),
 * else the reasons in their try order, then hard or soft.
 */
import type { RawFact } from './fact';
import { decideReason, RETRY_REASONS, type ReasonFacts } from './reasons';
import { findRhost } from './rhost';
import { severityOf } from './severity';
import { findCommand, findReplyCode, findStatusCode, isGenericStatus, joinReplyLines } from './smtp';
import { reasonOfStatus } from './status-table';
import { domainOf, squeeze } from './text';
import type { Evidence, RecipientResult } from './types';

/**
 * The status code to report: the one the remote server stated in its reply, when it stated a
 * specific one; else the DSN's Status field (Sisimai behaviour: "550 5.7.1 ..." in the
 * Diagnostic-Code outranks a relay's "Status: 5.1.1" or "4.4.7"; a reply's generic 5.0.0
 * does not outrank the field).
 */
export function chooseStatus(fieldStatus: string, diagnosis: string): string {
  const stated = findStatusCode(diagnosis);
  if (!stated) return fieldStatus;
  if (!fieldStatus) return stated;
  return isGenericStatus(stated) ? fieldStatus : stated;
}

/** Builds the reported recipient of a fact read by `decoder`. */
export function recipientOf(fact: RawFact, decoder: string): RecipientResult {
  const diagnosis = joinReplyLines(squeeze(fact.diagnosticCode));
  // The status first (the DSN's, or a better one in the text), then a reply code of its class:
  // "554-..." lines under a 4.0.0 status are not the reply that failed the delivery.
  // A decoder that set both codes from a part of the text it knows is the reply keeps them.
  const status = fact.replyCode && fact.status ? fact.status : chooseStatus(fact.status, diagnosis);
  const replyCode = fact.replyCode || findReplyCode(diagnosis, status.charAt(0), true);
  const command = fact.command || findCommand(diagnosis);
  const facts: ReasonFacts = {
    status,
    statusReason: reasonOfStatus(status),
    diagnosis: diagnosis.toLowerCase(),
    command,
    diagnosticType: fact.diagnosticType,
    action: fact.action,
    replyCode,
  };
  let evidence: Evidence;
  let reason = fact.reason;
  if (reason && !RETRY_REASONS.has(reason)) {
    evidence = { source: 'decoder', matched: fact.reasonMatched ?? '', rule: `lhost/${decoder}` };
  } else {
    const remoteHost = fact.remoteMta.toLowerCase();
    const domain = domainOf(fact.recipient);
    const rhost = findRhost(remoteHost, domain);
    const byProvider = rhost?.decide({ ...facts, remoteHost, domain });
    if (rhost && byProvider) {
      reason = byProvider.reason;
      evidence = { source: 'remote-host', matched: byProvider.matched, rule: `rhost/${rhost.id}` };
    } else {
      const decided = decideReason(facts, reason);
      reason = decided.reason;
      evidence =
        decided.rule === 'decoder'
          ? { source: 'decoder', matched: fact.reasonMatched ?? '', rule: `lhost/${decoder}` }
          : { source: decided.source, matched: decided.matched, rule: decided.rule };
    }
  }
  const severity = severityOf(reason, status, replyCode);
  return {
    recipient: fact.recipient,
    action: fact.action || defaultAction(status, reason),
    reason,
    severity,
    hardbounce: severity === 'hard',
    status,
    replyCode,
    remoteMta: fact.remoteMta,
    command,
    diagnosticCode: diagnosis,
    decoder,
    evidence,
  };
}

/** Action when the bounce gives none: what its code implies (RFC 3464 §2.3.3). */
function defaultAction(status: string, reason: string): string {
  if (reason === 'delivered' || status.startsWith('2.')) return 'delivered';
  if (reason === 'vacation' || reason === 'feedback') return '';
  if (reason === 'expired' && !status.startsWith('5.')) return 'delayed';
  return 'failed';
}
