import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WxtBrowser } from 'wxt/browser';
import { CLASSIFY_DEADLINE_MS } from '@/lib/bounce/limits';
import type { BounceReport } from '@/lib/bounce/types';
import { bytesToBase64 } from '@/lib/messaging/base64';
import { launchWithExtension } from '../webmail-sim/browser.mjs';
import { gmailPage } from '../webmail-sim/gmail-page.mjs';
import { installWebmailRoutes } from '../webmail-sim/routes.mjs';
import { openExtensionPage } from './tracker-helpers';
import { readVerdict } from './webmail-harness';

// Classification that can be stopped (issue 11), against the built extension in Chromium: a
// bounce that takes far longer than the deadline to read (a returned original of a million
// short lines: about a minute of postal-mime in node) is answered 「判定できませんでした」 with
// the cause, and while it is being read the background answers other requests — the badge and
// a second, ordinary bounce — first. Asserted by the order of the answers, not by durations.

declare const chrome: WxtBrowser;

const SLOW_ID = '1847000000000009001';
const daemon = { email: 'mailer-daemon@googlemail.com', name: 'Mail Delivery Subsystem' };

/**
 * A Gmail bounce whose returned original is eight million one-letter lines (16 MB): its parse
 * alone takes longer than the worker's deadline even on a fast idle machine, so the deadline
 * (not the classifier's own budget, checked only after the parse) is what stops it.
 */
function slowBounce(): Buffer {
  return Buffer.from(
    [
      'From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>',
      'To: tanaka.hanako@example.com',
      'Subject: Delivery Status Notification (Failure)',
      'Date: Wed, 02 Dec 2026 10:00:00 +0900',
      'Message-ID: <slow-0001@mail.gmail.com>',
      'MIME-Version: 1.0',
      'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"',
      '',
      '--b1',
      'Content-Type: text/plain; charset=UTF-8',
      '',
      "Address not found. Your message wasn't delivered to nobody@example.org.",
      '',
      '--b1',
      'Content-Type: message/delivery-status',
      '',
      'Reporting-MTA: dns; googlemail.com',
      '',
      'Final-Recipient: rfc822; nobody@example.org',
      'Action: failed',
      'Status: 5.1.1',
      '',
      '--b1',
      'Content-Type: message/rfc822',
      '',
      'From: tanaka.hanako@example.com',
      'To: nobody@example.org',
      'Subject: lines',
      '',
      'a\n'.repeat(8_000_000),
      '--b1--',
      '',
    ].join('\n'),
  );
}

const slowPage = gmailPage({
  conversation: {
    subject: 'Delivery Status Notification (Failure)',
    messages: [
      {
        id: SLOW_ID,
        sender: daemon,
        to: 'tanaka.hanako@example.com',
        date: '2026年12月2日(水) 10:00',
        bodyHtml: "<h2>Address not found</h2><p>Your message wasn't delivered to nobody@example.org.</p>",
      },
    ],
  },
});

/** The sidebar's status attribute (loading until the background answers). */
function sidebarStatus(page: Page): Promise<string | null> {
  return page.evaluate(() => document.querySelector('bounce-navi-sidebar')?.shadowRoot?.querySelector('[data-testid="bn-sidebar"]')?.getAttribute('data-status') ?? null);
}

describe('a bounce too slow to read is stopped, and the background answers others meanwhile', () => {
  let browser: Awaited<ReturnType<typeof launchWithExtension>>;
  let network: Awaited<ReturnType<typeof installWebmailRoutes>>;
  const slow = slowBounce();
  const ordinary = fs.readFileSync('tests/fixtures/eml/gmail/01-address-not-found.eml');

  beforeAll(async () => {
    browser = await launchWithExtension({ lang: 'ja' });
    network = await installWebmailRoutes(browser.context, [
      (url, request) => {
        if (url.origin !== 'https://mail.google.com') return undefined;
        if (url.searchParams.get('view') === 'att') {
          return url.searchParams.get('permmsgid') === `msg-f:${SLOW_ID}` ? { contentType: 'message/rfc822', body: slow } : { status: 404, body: 'Not found' };
        }
        if (request.resourceType() === 'document' && url.pathname.startsWith('/mail')) return { body: slowPage };
        return undefined;
      },
    ]);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('answers the badge and an ordinary bounce first, then 「判定できませんでした」 (時間がかかりすぎました) for the slow one', async () => {
    // Chrome's service worker has no Worker: the classifier runs in an offscreen document's workers.
    const manifest = JSON.parse(fs.readFileSync('.output/chrome-mv3/manifest.json', 'utf8')) as { permissions: string[] };
    expect(manifest.permissions).toEqual(['storage', 'offscreen']);
    const options = await openExtensionPage(browser, 'options.html');
    const gmail = await browser.context.newPage();
    await gmail.goto('https://mail.google.com/mail/u/0/#inbox/FMfcgzQslow0001');
    // The slow mail was fetched and its sidebar waits for the background's answer.
    await expect.poll(() => network.requests.some((r) => r.url.includes(`permmsgid=msg-f:${SLOW_ID}`)), { timeout: 20_000 }).toBe(true);
    await expect.poll(() => sidebarStatus(gmail), { timeout: 20_000 }).toBe('loading');

    // Meanwhile, from an extension page: the popup's badge request and a second, ordinary bounce.
    const others = await options.evaluate(async (rawBase64) => {
      const order: string[] = [];
      const badge = chrome.runtime.sendMessage({ type: 'refresh-badge' }).then((count: unknown) => {
        order.push('badge');
        return count;
      });
      const report = chrome.runtime.sendMessage({ type: 'classify', rawBase64 }).then((answer: unknown) => {
        order.push('ordinary bounce');
        return answer as BounceReport;
      });
      return { badge: await badge, report: await report, order };
    }, bytesToBase64(ordinary));
    // Both are answered while the slow mail is still being read.
    const statusWhenOthersAnswered = await sidebarStatus(gmail);
    expect(others.order.sort()).toEqual(['badge', 'ordinary bounce']);
    expect(others.badge).toBe(0);
    expect(others.report.kind).toBe('bounce');
    expect(others.report.kind === 'bounce' && others.report.recipients.map((r) => r.recipient)).toEqual(['suzuki.ichiro@exmaple.co.jp']);
    expect(statusWhenOthersAnswered).toBe('loading');

    // The slow mail is stopped at its deadline, and says why.
    const verdict = await readVerdict(gmail);
    expect(verdict.kind).toBe('unparsed');
    expect(verdict.headline).toContain('判定できませんでした');
    expect(verdict.headline).toContain('時間がかかりすぎました');
    const text = await gmail.evaluate(() => document.querySelector('bounce-navi-sidebar')?.shadowRoot?.textContent ?? '');
    expect(text).toContain(`stopped after ${CLASSIFY_DEADLINE_MS} ms`);

    // The next mail gets a fresh worker and a full answer.
    const next: BounceReport = await options.evaluate((rawBase64) => chrome.runtime.sendMessage({ type: 'classify', rawBase64 }), bytesToBase64(ordinary));
    expect(next.kind).toBe('bounce');
    await gmail.close();
    await options.close();
  });
});
