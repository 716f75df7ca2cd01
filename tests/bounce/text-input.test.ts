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
