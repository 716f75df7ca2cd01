/**
 * One raw fact → one reported recipient: codes found in the text, the provider rules (rhost),
 * else the reasons in their try order, then hard or soft.
 */
import type { RawFact } from './fact';
import { decideReason, RETRY_REASONS, type ReasonFacts } from './reasons';
import { findRhost } from './rhost';
import { severityOf } from './severity';
import { findCommand, findReplyCode, findStatusCode, joinReplyLines } from './smtp';
import { reasonOfStatus } from './status-table';
import { domainOf, squeeze } from './text';
import type { Evidence, RecipientResult } from './types';

/**
 * The status code to report, from the DSN's Status field and the code the reply states in the
 * diagnostic text (Sisimai SMTP/Status.pm prefer()): when they differ in class, the one of the
 * reply code's class; a vague field (x.0.0, or with a zero part) gives way to a precise stated
 * code; a stated x.0.0 never wins; an ambiguous field (4.4.7 expired, 5.3.x system) gives way;
 * a relay's 5.1.1 gives way unless the stated code is vague; 5.1.3 gives way to a stated 5.7.x;
 * otherwise the field stands.
 */
export function preferStatus(fieldStatus: string, stated: string, replyCode: string): string {
  if (fieldStatus.length < 5) return stated;
  if (stated.length < 5) return fieldStatus;
  const fieldClass = fieldStatus.charAt(0);
  const statedClass = stated.charAt(0);
  const replyClass = replyCode.charAt(0);
  if (replyClass && fieldClass !== statedClass) {
    if (replyClass === fieldClass) return fieldStatus;
    if (replyClass === statedClass) return stated;
  }
  if (fieldStatus === stated) return fieldStatus;
  const statedHasZero = stated.indexOf('.0') > 0;
  const statedIsGeneric = stated.indexOf('.0.0') > 0;
  if (fieldStatus.indexOf('.0.0') > 0) return statedIsGeneric ? fieldStatus : stated;
  if (fieldStatus.indexOf('.0') > 0 && !statedHasZero) return stated;
  if (statedIsGeneric) return fieldStatus;
  if (fieldStatus === '4.4.7' || fieldStatus.startsWith('5.3.')) return stated;
  if (fieldStatus === '5.1.1') return statedHasZero ? fieldStatus : stated;
  if (fieldStatus === '5.1.3' && stated.startsWith('5.7.')) return stated;
  return fieldStatus;
}

/** The status code to report for a fact: the field, or the one its diagnostic text states. */
export function chooseStatus(fieldStatus: string, diagnosis: string): string {
  const stated = findStatusCode(diagnosis);
  if (!stated) return fieldStatus;
  if (!fieldStatus) return stated;
  return preferStatus(fieldStatus, stated, findReplyCode(diagnosis, stated.charAt(0)));
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
