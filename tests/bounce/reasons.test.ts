import { describe, expect, it } from 'vitest';
import { decideReason, FIRST_PASS, SECOND_PASS, TEXT_ORDER, type ReasonFacts } from '@/lib/bounce/reasons';
import { REASON_IDS } from '@/lib/bounce/reasons/taxonomy';
import { isHardBounce } from '@/lib/bounce/severity';
import { reasonOfStatus } from '@/lib/bounce/status-table';

function facts(diagnosis: string, status = '', command = '', extra: Partial<ReasonFacts> = {}): ReasonFacts {
  return { status, statusReason: reasonOfStatus(status), diagnosis: diagnosis.toLowerCase(), command, diagnosticType: 'SMTP', action: 'failed', replyCode: '', ...extra };
}

describe('reason decision (Sisimai behaviour)', () => {
  it.each([
    ['550 5.1.1 <a@example.jp>... User unknown', '5.1.1', 'RCPT', 'userunknown'],
    // The same words after DATA, with no precise code, are a filter speaking (anchors.md §4).
    ['550 Unknown user a@example.jp', '5.0.0', 'DATA', 'filtered'],
    ['550 Unknown user a@example.jp', '5.0.0', 'RCPT', 'userunknown'],
    ['552 5.2.2 Mailbox full', '5.2.2', '', 'mailboxfull'],
    ['554 5.7.1 Client host rejected: blocked using zen.example.org', '5.7.1', '', 'blocked'],
    ['550 5.7.1 Email rejected per DMARC policy for example.jp', '5.7.1', 'DATA', 'authfailure'],
    ['452 4.3.2 Connection rate limit exceeded', '4.3.2', 'MAIL', 'ratelimited'],
    ['550 5.7.1 Access denied', '5.7.1', 'MAIL', 'rejected'],
    ['Host or domain name not found. Name service error for name=x.example type=A: Host not found', '5.4.4', '', 'hostunknown'],
    ['Name service error for name=x.example type=MX: Malformed or unexpected name server reply', '5.4.4', '', 'networkerror'],
    ['554 5.7.0 Reject, id=12345 - SPAM', '5.7.0', '', 'spamdetected'],
    ['550 5.6.0 Headers too large', '5.6.0', 'DATA', 'contenterror'],
    ['something nobody wrote before', '', '', 'onhold'],
    ['', '', '', 'undefined'],
  ])('%s [%s %s] → %s', (diagnosis, status, command, expected) => {
    expect(decideReason(facts(diagnosis, status, command)).reason).toBe(expected);
  });

  it('keeps a decoder verdict unless it is one worth a second look', () => {
    expect(decideReason(facts('550 5.2.2 mailbox full', '5.2.2'), 'policyviolation').reason).toBe('policyviolation');
    expect(decideReason(facts('450 4.2.2 mailbox full', '4.2.2'), 'expired').reason).toBe('mailboxfull');
  });

  it('reads a delayed action without any code as expired', () => {
    expect(decideReason(facts('', '', '', { action: 'delayed' })).reason).toBe('expired');
  });

  it('orders only reasons of the taxonomy', () => {
    for (const rule of [...FIRST_PASS, ...SECOND_PASS, ...TEXT_ORDER]) expect(REASON_IDS).toContain(rule.id);
  });
});

describe('hard and soft (Sisimai rule, anchors.md §1)', () => {
  it.each([
    ['userunknown', '5.1.1', '550', true],
    ['userunknown', '4.1.1', '450', true],
    ['hostunknown', '', '', true],
    ['hasmoved', '5.1.6', '550', true],
    ['notaccept', '5.3.2', '521', true],
    ['notaccept', '4.0.0', '', false],
    ['filtered', '5.2.0', '550', false],
    ['mailboxfull', '5.2.2', '552', false],
    ['delivered', '2.0.0', '250', false],
    ['feedback', '', '', false],
  ] as const)('%s %s %s → hard %s', (reason, status, reply, hard) => {
    expect(isHardBounce(reason, status, reply)).toBe(hard);
  });
});
