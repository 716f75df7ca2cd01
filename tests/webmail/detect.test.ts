import { describe, expect, it } from 'vitest';
import {
  detectBounceSignal,
  hasBounceBodyMarker,
  hasBounceSubjectMarker,
  isBounceSenderAddress,
  isBounceSenderName,
} from '@/lib/webmail/detect';

describe('bounce senders', () => {
  it.each(['mailer-daemon@googlemail.com', 'MAILER-DAEMON@mx.example.jp', 'postmaster@outlook.com', 'postmaster@example.onmicrosoft.com'])(
    'recognises %s',
    (address) => expect(isBounceSenderAddress(address)).toBe(true),
  );
  it.each(['tanaka@example.com', 'postmaster.office@example.jp', 'noreply@mailer-daemon.example.com', 'mailer-daemon', ''])(
    'rejects %s',
    (address) => expect(isBounceSenderAddress(address)).toBe(false),
  );
  it('recognises display names, not names containing them', () => {
    expect(isBounceSenderName('Mail Delivery Subsystem')).toBe(true);
    expect(isBounceSenderName('Microsoft Outlook')).toBe(true);
    expect(isBounceSenderName('メール配信システム')).toBe(true);
    expect(isBounceSenderName('田中 花子')).toBe(false);
    expect(isBounceSenderName('Microsoft Outlook Team Newsletter')).toBe(false);
  });
});

describe('subject and body markers', () => {
  it.each([
    'Delivery Status Notification (Failure)',
    'Undeliverable: 内見のご案内',
    '配信不能: ご契約書類の送付',
    'Non remis : devis',
    'Unzustellbar: Angebot',
    'Non recapitabile: preventivo',
    'Undelivered Mail Returned to Sender',
  ])('finds a bounce subject in %s', (subject) => expect(hasBounceSubjectMarker(subject)).toBe(true));

  it.each(['内見のご案内', 'Re: お見積りの件', 'Delivery of your order #123'])('finds none in %s', (subject) =>
    expect(hasBounceSubjectMarker(subject)).toBe(false),
  );

  it('finds Exchange, Gmail and SMTP-code markers in bodies', () => {
    expect(hasBounceBodyMarker('Diagnostic information for administrators:\nGenerating server: x')).toBe(true);
    expect(hasBounceBodyMarker('管理者向けの診断情報:')).toBe(true);
    expect(hasBounceBodyMarker('The response was: 550 #5.1.0 Address rejected')).toBe(true);
    expect(hasBounceBodyMarker('Remote Server returned \'550 5.1.10 RESOLVER\'')).toBe(true);
    expect(hasBounceBodyMarker('先日はありがとうございました。550円の件ですが、5.1.1版をお送りします。')).toBe(false);
  });

  it('scans only the head of a long body', () => {
    expect(hasBounceBodyMarker(`${'あ'.repeat(30_000)} Diagnostic information for administrators`)).toBe(false);
  });
});

describe('detectBounceSignal', () => {
  const none = { senderAddress: 'kimura@example.co.jp', senderName: '木村', subject: '契約書' };
  it('is strong for a mail-system sender and never reads the body', () => {
    let read = false;
    const signal = detectBounceSignal({ ...none, senderAddress: 'mailer-daemon@googlemail.com' }, () => {
      read = true;
      return '';
    });
    expect(signal).toBe('strong');
    expect(read).toBe(false);
  });
  it('is weak for a subject or body marker alone', () => {
    expect(detectBounceSignal({ ...none, subject: 'Undeliverable: 契約書' }, () => '')).toBe('weak');
    expect(detectBounceSignal(none, () => 'Reported error: 550 5.1.10 RESOLVER.ADR.RecipientNotFound')).toBe('weak');
  });
  it('is undefined for an ordinary message', () => {
    expect(detectBounceSignal(none, () => '木村様 契約書をお送りします。')).toBeUndefined();
  });
});
