import { describe, expect, it } from 'vitest';
import { hasDeliveryStatusFields, parseDeliveryStatus, typedValue } from '@/lib/bounce/dsn';

describe('RFC 3464 delivery-status fields', () => {
  it('reads the per-message block and one block per recipient, unfolding continuation lines', () => {
    const { perMessage, perRecipient } = parseDeliveryStatus(
      [
        'Reporting-MTA: dns; mx.example.net',
        'Arrival-Date: Mon, 9 Nov 2026 09:12:01 +0900',
        '',
        'Final-Recipient: rfc822; a@example.jp',
        'Action: failed',
        'Status: 5.1.1',
        'Diagnostic-Code: smtp; 550 5.1.1 <a@example.jp>: Recipient',
        '    address rejected: User unknown',
        '',
        'Final-Recipient: rfc822; b@example.jp',
        'Action: delayed',
        'Status: 4.4.1',
      ].join('\n'),
    );
    expect(perMessage.get('reporting-mta')).toBe('dns; mx.example.net');
    expect(perRecipient).toHaveLength(2);
    expect(perRecipient[0]?.get('diagnostic-code')).toBe('smtp; 550 5.1.1 <a@example.jp>: Recipient address rejected: User unknown');
    expect(perRecipient[1]?.get('action')).toBe('delayed');
  });

  it('gives fields written before Final-Recipient in the same block to that recipient (Amazon SES order)', () => {
    const { perRecipient } = parseDeliveryStatus('Reporting-MTA: dsn; a.example.com\nAction: failed\nFinal-Recipient: rfc822; c@example.jp\nStatus: 5.1.1\n');
    expect(perRecipient[0]?.get('action')).toBe('failed');
    expect(perRecipient[0]?.get('status')).toBe('5.1.1');
  });

  it('starts a new recipient at a second Final-Recipient even without an empty line', () => {
    const { perRecipient } = parseDeliveryStatus('Final-Recipient: rfc822; a@example.jp\nStatus: 5.1.1\nFinal-Recipient: rfc822; b@example.jp\nStatus: 5.2.2\n');
    expect(perRecipient.map((r) => r.get('status'))).toEqual(['5.1.1', '5.2.2']);
  });

  it('splits typed values', () => {
    expect(typedValue('rfc822; a@example.jp')).toEqual({ type: 'RFC822', value: 'a@example.jp' });
    expect(typedValue('X-Unix; 77')).toEqual({ type: 'X-UNIX', value: '77' });
    expect(typedValue('no type here')).toEqual({ type: '', value: 'no type here' });
  });

  it('recognises DSN fields pasted into a text part', () => {
    expect(hasDeliveryStatusFields('Final-Recipient: rfc822; a@example.jp\nAction: failed')).toBe(true);
    expect(hasDeliveryStatusFields('Dear customer, your order failed.')).toBe(false);
  });
});
