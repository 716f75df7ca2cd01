/**
 * One raw fact → one reported recipient: codes found in the text, the provider rules (rhost),
 * else the reasons in their try order, then hard or soft.
 */
import type { RawFact } from './fact';
import { decideReason, RETRY_REASONS, type ReasonFacts } from './reasons';
import { findRhost } from './rhost';
import { severityOf } from './severity';
import { findCommand, findReplyCode, findStatusCode, isGenericStatus } from './smtp';
import { reasonOfStatus } from './status-table';
import { domainOf, squeeze } from './text';
import type { Evidence, RecipientResult } from './types';

/**
 * The status code to report: the DSN's own unless the text states a better one: the DSN gave
 * none, or only a generic x.0.0, or one whose class contradicts the reply code (a "4.5.0" field
 * over a "550 5.5.0" reply).
 */
export function chooseStatus(fieldStatus: string, diagnosis: string, replyCode: string): string {
  const stated = findStatusCode(diagnosis);
  if (!fieldStatus) return stated;
  if (!stated || stated === fieldStatus) return fieldStatus;
  if (isGenericStatus(fieldStatus) && !isGenericStatus(stated)) return stated;
  const replyClass = replyCode.charAt(0);
  if (replyClass && fieldStatus.charAt(0) !== replyClass && stated.charAt(0) === replyClass) return stated;
  return fieldStatus;
}

/** Builds the reported recipient of a fact read by `decoder`. */
export function recipientOf(fact: RawFact, decoder: string): RecipientResult {
  const diagnosis = squeeze(fact.diagnosticCode);
  // The status first (the DSN's, or a better one in the text), then a reply code of its class:
  // "554-..." lines under a 4.0.0 status are not the reply that failed the delivery.
  const status = chooseStatus(fact.status, diagnosis, findReplyCode(diagnosis));
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
    const rhost = findRhost(fact.remoteMta.toLowerCase(), domainOf(fact.recipient));
    const byProvider = rhost?.decide({ ...facts, remoteHost: fact.remoteMta.toLowerCase(), domain: domainOf(fact.recipient) });
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
