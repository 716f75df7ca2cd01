/**
 * The rendered-text path: what Outlook on the web and Gmail show of a bounce ({subject, from,
 * body}, no MIME, no delivery-status part) must give recipients, codes and reasons too.
 * Fixtures in tests/fixtures/text/ are written for the project, modelled on the webmails'
 * reading-pane text.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyBounce } from '@/lib/bounce';
import type { RenderedMessage } from '@/lib/bounce/types';
import { checkInvariants, type ExpectedMail } from './harness';

const root = path.resolve('tests/fixtures/text');

const expectations: Readonly<Record<string, ExpectedMail>> = {
  'outlook-recipient-not-found': { kind: 'bounce', decoder: 'office365', recipients: [['ishida@example.com', 'userunknown', 'hard', '5.1.10', '550', '']] },
  'outlook-reported-error': { kind: 'bounce', decoder: 'exchange2007', recipients: [['hino@example.org', 'blocked', 'soft', '5.7.606', '550', '']] },
  'exchange-japanese-ndr': { kind: 'bounce', decoder: 'office365', recipients: [['okada@example.co.jp', 'userunknown', 'hard', '5.1.1', '550', '']] },
  'gmail-card-user-unknown': { kind: 'bounce', decoder: 'gsuite', recipients: [['ueda.shop@example.co.jp', 'userunknown', 'hard', '5.1.1', '550', '']] },
  'gmail-card-no-mx': { kind: 'bounce', decoder: 'gsuite', recipients: [['info@nomail.example', 'networkerror', 'soft', '', '', '']] },
  'sendmail-rendered': { kind: 'bounce', decoder: 'sendmail', recipients: [['watanabe@example.org', 'mailboxfull', 'soft', '5.2.2', '550', 'RCPT']] },
  'japanese-ndr': { kind: 'bounce', decoder: 'plaintext', recipients: [['tanaka@example.jp', 'userunknown', 'hard', '5.1.1', '550', '']] },
  // Quoted local parts with markup, atext oddities ('`=), and a Japanese notice with one error line per recipient.
  'gmail-card-quoted-local-part': { kind: 'bounce', decoder: 'gsuite', recipients: [['"<script>alert(1)</script>"@example.org', 'userunknown', 'hard', '5.1.1', '550', '']] },
  'outlook-quoted-local-part': { kind: 'bounce', decoder: 'office365', recipients: [["'onmouseover='alert`1`'@example.com", 'userunknown', 'hard', '5.1.10', '550', '']] },
  'japanese-ndr-quoted-local-part': {
    kind: 'bounce',
    decoder: 'plaintext',
    recipients: [
      ['"<img src=x onerror=alert(1)> 営業部"@example.co.jp', 'userunknown', 'hard', '5.1.1', '550', ''],
      ["o'neill@example.jp", 'mailboxfull', 'soft', '5.2.2', '552', ''],
    ],
  },
  // Issue 10: recipients named the way MTAs' prose names them, and the family readers on text alone.
  // An address followed by its reply on the same line (a relay's colon-separated fields).
  'sendgrid-colon-fields': { kind: 'bounce', decoder: 'plaintext', recipients: [['sato.ken@example.jp', 'userunknown', 'hard', '5.1.1', '550', 'RCPT']] },
  // No sign in sender or subject; the opening sentence says it, and the address named again below carries the reply.
  'transcript-named-twice': { kind: 'bounce', decoder: 'plaintext', recipients: [['mori@example.org', 'systemerror', 'soft', '', '554', '']] },
  // Sendmail's "(reason: ...)" line is the recipient's diagnostic, ahead of its own later "User unknown" line.
  'sendmail-rendered-reason-line': { kind: 'bounce', decoder: 'sendmail', recipients: [['kato@example.net', 'blocked', 'soft', '5.7.1', '550', 'DATA']] },
  // EZweb's sentence decides, also when the address line carries a Postfix-style reply.
  'ezweb-rendered-postfix-line': { kind: 'bounce', decoder: 'ezweb', recipients: [['nishi.example@ezweb.ne.jp', 'suspend', 'soft', '', '', '']] },
  // Google Groups in another language: the group is the address the returned post was sent to.
  'googlegroups-rendered-german': { kind: 'bounce', decoder: 'googlegroups', recipients: [['team-example@googlegroups.com', 'rejected', 'soft', '', '', '']] },
  // "The following message to <x> was undeliverable."
  'message-to-was-undeliverable': { kind: 'bounce', decoder: 'plaintext', recipients: [['hayashi@example.com', 'userunknown', 'hard', '5.1.0', '550', '']] },
  // McAfee's list without its delivery-status part: its "No such user" is an unknown recipient.
  'mcafee-rendered-list': { kind: 'bounce', decoder: 'mcafee', recipients: [['yoshida@example.com', 'userunknown', 'hard', '', '', '']] },
  // Issue 10, phrases: each failed before its phrase was in the reason tables.
  // amavisd-new's UBE notice (Sisimai Lhost/Amavis.pm), rendered without its DSN part.
  'amavis-ube-rendered': { kind: 'bounce', decoder: 'amavis', recipients: [['matsuda@example.jp', 'spamdetected', 'soft', '', '', '']] },
  // Barracuda's "blocked by our Spam & Virus Firewall": spam, not the broader "was blocked by".
  'barracuda-firewall-rendered': { kind: 'bounce', decoder: 'plaintext', recipients: [['kudo@example.org', 'spamdetected', 'soft', '', '', '']] },
  // sendmail's queue timeout "Message could not be delivered for too long" (Sisimai Lhost/Sendmail.pm).
  'sendmail-too-long-rendered': { kind: 'bounce', decoder: 'sendmail', recipients: [['ogawa@example.net', 'expired', 'soft', '', '', '']] },
  // A German Exchange NDR without its administrators' part: the full mailbox in German words.
  'exchange-german-mailbox-full': { kind: 'bounce', decoder: 'plaintext', recipients: [['schmidt@example.de', 'mailboxfull', 'soft', '', '', '']] },
  // A locked account at RCPT TO under 5.2.1 (which alone reads as filtered).
  'postfix-locked-account': { kind: 'bounce', decoder: 'postfix', recipients: [['kimura@example.com', 'suspend', 'soft', '5.2.1', '550', 'RCPT']] },
  // Issue 10, text path: each failed before.
  // Yahoo's "[RCPT_TO]" names the stage (Sisimai SMTP/Command.pm finds a bare "RCPT").
  'yahoo-rcpt-to': { kind: 'bounce', decoder: 'qmail', recipients: [['hara@example.com', 'userunknown', 'hard', '', '552', 'RCPT']] },
  // A bare "Reason:" label with the cause a paragraph below.
  'reason-next-paragraph': { kind: 'bounce', decoder: 'plaintext', recipients: [['endo@example.com', 'mailboxfull', 'soft', '', '', '']] },
  // Postfix local(8)'s "unknown user" paragraph: the 5.1.1 Postfix writes with it is only in its DSN.
  'postfix-local-unknown-user': { kind: 'bounce', decoder: 'postfix', recipients: [['ishii@example.jp', 'userunknown', 'hard', '5.1.1', '', '']] },
  // Gmail's card in Japanese (Gmail writes it in the sender's language): the address before its
  // verb ("x に配信できませんでした"), a Japanese label before the remote reply.
  'gmail-card-japanese-nouser': { kind: 'bounce', decoder: 'gsuite', recipients: [['yamada@example.jp', 'userunknown', 'hard', '5.1.1', '550', '']] },
  'gmail-card-japanese-nomx': { kind: 'bounce', decoder: 'gsuite', recipients: [['suzuki@exmaple.co.jp', 'networkerror', 'soft', '', '', '']] },
  'gmail-card-japanese-blocked': { kind: 'bounce', decoder: 'gsuite', recipients: [['sato@example.co.jp', 'blocked', 'soft', '5.7.1', '550', '']] },
  'gmail-card-japanese-delayed': { kind: 'delayed', decoder: 'gsuite', recipients: [['tanaka@example.jp', 'expired', 'soft', '', '', '']] },
  // Exchange Online's newer notice in Japanese: the address before "へのメッセージを配信できませんでした",
  // the reply after "報告されたエラー:".
  'exchange-online-japanese-not-found': { kind: 'bounce', decoder: 'office365', recipients: [['tanaka@example.co.jp', 'userunknown', 'hard', '5.1.10', '550', '']] },
  'exchange-online-japanese-mailbox-full': { kind: 'bounce', decoder: 'office365', recipients: [['suzuki@example.jp', 'mailboxfull', 'soft', '5.2.2', '552', '']] },
  // A delay warning with no DSN: its recipient is delayed, so with no other cause it is expired (Sisimai Reason.pm).
  'delay-notice-rendered': { kind: 'delayed', decoder: 'plaintext', recipients: [['sakai@example.jp', 'expired', 'soft', '', '', '']] },
  // The same words of retrying in a final notice that says the server gave up: not a delay.
  'final-after-retries-rendered': { kind: 'bounce', decoder: 'plaintext', recipients: [['mori@example.jp', 'onhold', 'soft', '', '', '']] },
  // Oracle Messaging Server's bare "Reason: Over quota".
  'messagingserver-over-quota': { kind: 'bounce', decoder: 'messagingserver', recipients: [['noguchi@example.com', 'mailboxfull', 'soft', '', '', '']] },
  // Gmail's "Delivery incomplete" card: a delay, read by the Google reader.
  'gmail-card-delivery-incomplete': { kind: 'delayed', decoder: 'gsuite', recipients: [['sakai@example.com', 'expired', 'soft', '', '', '']] },
  'bounce-unreadable-recipient': { kind: 'unparsed' },
  'ordinary-message': { kind: 'not-bounce' },
  'bounce-without-recipient': { kind: 'unparsed' },
};

function readText(name: string): RenderedMessage {
  return JSON.parse(fs.readFileSync(path.join(root, `${name}.json`), 'utf8')) as RenderedMessage;
}

describe('rendered text input', () => {
  it('has an expectation for every text fixture', () => {
    const names = fs.readdirSync(root).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort();
    expect(Object.keys(expectations).sort()).toEqual(names);
  });

  for (const [name, expected] of Object.entries(expectations)) {
    it(name, async () => {
      const report = await classifyBounce(readText(name));
      expect(report.kind).toBe(expected.kind);
      expect(report.input).toBe('text');
      checkInvariants(report);
      if (expected.decoder) expect('decoder' in report ? report.decoder : '').toBe(expected.decoder);
      const actual = 'recipients' in report ? report.recipients.map((r) => [r.recipient, r.reason, r.severity, r.status, r.replyCode, r.command]) : [];
      expect(actual).toEqual(expected.recipients ?? []);
    });
  }

  it('says why it could not decide, never throws, on odd rendered input', async () => {
    const odd = { subject: 'Undeliverable', from: '', body: '' } as RenderedMessage;
    const report = await classifyBounce(odd);
    expect(report.kind).toBe('unparsed');
    const broken = { subject: null, from: 42, body: undefined } as unknown as RenderedMessage;
    expect((await classifyBounce(broken)).kind).toBe('not-bounce');
  });
});
