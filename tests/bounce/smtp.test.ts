import { describe, expect, it } from 'vitest';
import { commandOfWord, findCommand, findReplyCode, findStatusCode, joinReplyLines } from '@/lib/bounce/smtp';

describe('SMTP reply codes (RFC 5321 §4.2)', () => {
  it.each([
    ['550 5.1.1 <a@example.jp>... User unknown', '', '550'],
    ['host mx.example.jp[192.0.2.25] said: 452 4.3.2 Connection rate limit exceeded', '', '452'],
    ['#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##', '', '550'],
    ['554-mail.example.com ESMTP Service not available 554 For explanation', '4', ''],
    ['Connection from 192.0.2.250 refused', '', ''],
    ['421 then 550 later', '5', '550'],
    ['retry after 550 seconds? no: 999 is no code', '', '550'],
    // Sisimai SMTP/Reply.pm: 430 and 456 are 4yz replies too
    ['430 4.7.12 A password transition is needed', '4', '430'],
    ['456 4.4.2 Retry later', '4', '456'],
  ])('%s (class %s) → %s', (text, wanted, expected) => {
    expect(findReplyCode(text, wanted, wanted !== '')).toBe(expected);
  });
});

describe('enhanced status codes (RFC 3463)', () => {
  it.each([
    ['550 5.1.1 <a@example.jp>', '5.1.1'],
    ['550 5.0.0 generic, then 5.2.2 mailbox full', '5.2.2'],
    ['[TSS04] deferred - 4.16.55.1; see postmaster', ''],
    ['550 #5.1.0 Address rejected', '5.1.0'],
    ['Exchange 5.1.10 RESOLVER.ADR.RecipientNotFound', '5.1.10'],
    ['version 2.10.3 of the gateway', ''],
  ])('%s → %s', (text, expected) => {
    expect(findStatusCode(text)).toBe(expected);
  });
});

describe('SMTP commands', () => {
  it.each([
    ['(in reply to RCPT TO command)', 'RCPT'],
    ['(in reply to end of DATA command)', 'DATA'],
    ['SMTP error from remote mail server after MAIL FROM:<a@example.jp>', 'MAIL'],
    ['SMTP error from remote mail server after initial connection:', 'CONN'],
    ['mx.example.org [192.0.2.1] did not like our final DATA:', 'DATA'],
    ['192.0.2.1 does not like recipient.', 'RCPT'],
    ['Connected to 192.0.2.1 but my name was rejected.', 'EHLO'],
    // one of each wording, through the prefilter that skips texts naming no command
    ['SMTP error from remote server for TEXT command, host: mx.example.jp', 'DATA'],
    ['>>> RCPT To:<a@example.jp>', 'RCPT'],
    ['Connected to 192.0.2.1 but sender was rejected. Remote host said: 553 ... (#5.7.1) failed after I sent the message', 'DATA'],
    ["192.0.2.1 didn't like sender", 'MAIL'],
    ['SMTP error from remote mail server after pipelined end of data', 'DATA'],
    ['IN REPLY TO HELO COMMAND', 'HELO'],
    ['Mailbox full', ''],
    // Sisimai SMTP/Command.pm find(): the last command a session shows, in upper case only
    ['MAIL FROM:<a@example.jp> 250 OK RCPT TO:<b@example.jp> 550 5.1.1 User unknown', 'RCPT'],
    ['550 5.1.1 <b@example.jp>... User unknown in RCPT TO', 'RCPT'],
    ['554 5.7.1 Rejected after DATA: spam', 'DATA'],
    ['please send the data again by mail from another account', ''],
  ])('%s → %s', (text, expected) => {
    expect(findCommand(text)).toBe(expected);
  });

  it('names transcript command words', () => {
    expect(commandOfWord('RCPT To:<a@example.jp>')).toBe('RCPT');
    expect(commandOfWord('MAIL From:<a@example.jp>')).toBe('MAIL');
    expect(commandOfWord('DATA')).toBe('DATA');
    expect(commandOfWord('XFORWARD NAME=x')).toBe('');
  });
});

describe('multi-line replies (RFC 5321 §4.2.1)', () => {
  it('joins continuation lines so phrases split across them match', () => {
    expect(joinReplyLines('550-5.7.1 Messages with multiple addresses in From: 550 5.7.1 header are not accepted.')).toBe(
      '550-5.7.1 Messages with multiple addresses in From: header are not accepted.',
    );
  });
  it('leaves separate replies alone', () => {
    const text = '550 5.1.1 <a@b.jp>... User unknown 503 5.0.0 Need RCPT (recipient)';
    expect(joinReplyLines(text)).toBe(text);
  });
});
