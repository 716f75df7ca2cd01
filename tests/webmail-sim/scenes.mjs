// The demo webmail: which page answers at which real URL, and what the raw-source endpoints
// answer. Shared by `npm run demo`, the end-to-end tests and the benchmark, so what the demo
// shows is what the tests check.
import fs from 'node:fs';
import path from 'node:path';
import { gmailPage } from './gmail-page.mjs';
import { text } from './html.mjs';
import { gmailMessages as g, outlookMessages as o } from './messages.mjs';
import { outlookPage } from './outlook-page.mjs';
import { gmailComposePage, outlookComposePage } from './compose-page.mjs';

const FIXTURES = path.resolve('tests/fixtures');
export const readFixture = (relativePath) => fs.readFileSync(path.join(FIXTURES, relativePath));

/**
 * What a raw-source endpoint answers: a mail, or one of the failures webmail.md §1.5 lists.
 * @typedef {{ eml: string } | { status: number, contentType?: string, body?: string } | { redirect: string }} RawAnswer
 * @typedef {{ id: string, title: string, url: string, html: string, headers?: Record<string,string>,
 *   download?: Record<string, RawAnswer>, showOriginal?: Record<string, RawAnswer> }} Scene
 */

const SIGN_IN = 'https://accounts.google.com/ServiceLogin?service=mail&continue=https://mail.google.com/mail/';
const signInPage = '<!doctype html><html><head><title>Gmail</title></head><body><form action="/signin"><input type="email" name="identifier"></form></body></html>';
const gmailUrl = (base, token) => `https://mail.google.com${base}#inbox/${token}`;
const emlOf = (...messages) => Object.fromEntries(messages.map((m) => [`msg-f:${m.id}`, { eml: m.eml }]));

/** "Show original" as Gmail serves it: an HTML page with the source, escaped, in pre#raw_message_text. */
export function showOriginalPage(raw) {
  return `<!doctype html><html><head><title>Original Message</title></head><body><div class="raw_message"><pre class="raw_message_text" id="raw_message_text">${text(raw)}</pre></div></body></html>`;
}

/** @type {Scene[]} */
export const GMAIL_SCENES = [
  {
    id: 'gmail-host-unknown',
    title: 'Gmail: a bounce threaded into the original conversation (domain typo, 5.1.2)',
    url: gmailUrl('/mail/u/0/', 'FMfcgzQfixture0001'),
    html: gmailPage({ conversation: { subject: '内見のご案内', messages: [g.original, g.hostUnknown] } }),
    download: emlOf(g.hostUnknown),
  },
  {
    id: 'gmail-user-unknown-u1',
    title: 'Gmail, second account (/u/1/): user unknown at a misspelt provider (5.1.1)',
    url: gmailUrl('/mail/u/1/', 'FMfcgzQfixture0011'),
    html: gmailPage({ conversation: { subject: 'Delivery Status Notification (Failure)', messages: [g.userUnknown] } }),
    download: emlOf(g.userUnknown),
  },
  {
    id: 'gmail-delegated-mailbox-full',
    title: 'Gmail, delegated mailbox (/b/…/u/0/): mailbox full (5.2.2)',
    url: gmailUrl('/mail/b/fixture238/u/0/', 'FMfcgzQfixture0012'),
    html: gmailPage({ conversation: { subject: 'Delivery Status Notification (Failure)', messages: [g.mailboxFull] } }),
    download: emlOf(g.mailboxFull),
  },
  {
    id: 'gmail-preview-delayed',
    title: 'Gmail preview pane: a delay warning (4.4.7)',
    url: gmailUrl('/mail/u/0/', 'FMfcgzQfixture0013'),
    html: gmailPage({ layout: 'preview', conversation: { subject: 'Delivery Status Notification (Delay)', messages: [g.delayed] } }),
    download: emlOf(g.delayed),
  },
  {
    id: 'gmail-dark',
    title: 'Gmail in a dark theme: mailbox full',
    url: gmailUrl('/mail/u/0/', 'FMfcgzQfixture0014'),
    html: gmailPage({ theme: 'dark', conversation: { subject: 'Delivery Status Notification (Failure)', messages: [g.mailboxFull] } }),
    download: emlOf(g.mailboxFull),
  },
  {
    id: 'gmail-trusted-types',
    title: 'Gmail with a Trusted Types CSP header',
    url: gmailUrl('/mail/u/0/', 'FMfcgzQfixture0015'),
    html: gmailPage({ conversation: { subject: '内見のご案内', messages: [g.original, g.hostUnknown] } }),
    headers: { 'content-security-policy': "require-trusted-types-for 'script'; trusted-types gmail-fixture" },
    download: emlOf(g.hostUnknown),
  },
  {
    id: 'gmail-english',
    title: 'Gmail in English: user unknown',
    url: gmailUrl('/mail/u/0/', 'FMfcgzQfixture0016'),
    html: gmailPage({ lang: 'en', conversation: { subject: 'Delivery Status Notification (Failure)', messages: [g.userUnknown] } }),
    download: emlOf(g.userUnknown),
  },
  {
    id: 'gmail-resend-u1',
    title: 'Gmail, second account (/u/1/): a typo bounce with the whole original returned (resend)',
    url: gmailUrl('/mail/u/1/', 'FMfcgzQfixture0017'),
    html: gmailPage({ conversation: { subject: 'Delivery Status Notification (Failure)', messages: [g.userUnknownFull] } }),
    download: emlOf(g.userUnknownFull),
  },
  {
    id: 'gmail-resend-delegated',
    title: 'Gmail, delegated mailbox (/b/…/u/0/): a typo bounce with the whole original returned (resend)',
    url: gmailUrl('/mail/b/fixture238/u/0/', 'FMfcgzQfixture0018'),
    html: gmailPage({ conversation: { subject: 'Delivery Status Notification (Failure)', messages: [g.userUnknownFull] } }),
    download: emlOf(g.userUnknownFull),
  },
  {
    id: 'gmail-ordinary',
    title: 'Gmail: an ordinary message',
    url: gmailUrl('/mail/u/0/', 'FMfcgzQfixture0021'),
    html: gmailPage({ conversation: { subject: '契約書の送付', messages: [g.ordinary] } }),
  },
  {
    id: 'gmail-stale-view',
    title: 'Gmail: an ordinary message, with a bounce left in a hidden stale view',
    url: gmailUrl('/mail/u/0/', 'FMfcgzQfixture0022'),
    html: gmailPage({
      conversation: { subject: '契約書の送付', messages: [g.ordinary] },
      staleConversation: { subject: '内見のご案内', messages: [g.hostUnknown] },
    }),
    download: emlOf(g.hostUnknown),
  },
  {
    id: 'gmail-late-insert',
    title: 'Gmail: the bounce is rendered late (after the conversation)',
    url: gmailUrl('/mail/u/0/', 'FMfcgzQfixture0023'),
    html: gmailPage({
      conversation: { subject: '見積書のご送付', messages: [{ ...g.ordinary, expanded: false }] },
      lateMessage: { delayMs: 700, message: g.userUnknown },
    }),
    download: emlOf(g.userUnknown),
  },
  {
    id: 'gmail-hostile',
    title: 'Gmail: a hostile bounce (markup and script in subject, address and diagnostic)',
    url: gmailUrl('/mail/u/0/', 'FMfcgzQfixture0066'),
    html: gmailPage({ conversation: { subject: 'Delivery Status Notification (Failure) <img src=x onerror="window.__bnPwned=9">', messages: [g.hostile] } }),
    download: emlOf(g.hostile),
  },
  {
    id: 'gmail-forged',
    title: 'Gmail: a forged bounce (the returned original was sent by someone else): explained, not recorded',
    url: gmailUrl('/mail/u/0/', 'FMfcgzQfixture0071'),
    html: gmailPage({ conversation: { subject: 'Delivery Status Notification (Failure)', messages: [g.forged] } }),
    download: emlOf(g.forged),
  },
  {
    id: 'gmail-forged-many',
    title: 'Gmail: a forged bounce listing 1,000 recipients, with someone else\'s original',
    url: gmailUrl('/mail/u/0/', 'FMfcgzQfixture0072'),
    html: gmailPage({ conversation: { subject: 'Delivery Status Notification (Failure)', messages: [g.forgedMany] } }),
    download: emlOf(g.forgedMany),
  },
  {
    id: 'gmail-many-no-original',
    title: 'Gmail: a bounce listing 1,000 recipients and nothing of the original (unverified, capped)',
    url: gmailUrl('/mail/u/0/', 'FMfcgzQfixture0073'),
    html: gmailPage({ conversation: { subject: 'Delivery Status Notification (Failure)', messages: [g.manyNoOriginal] } }),
    download: emlOf(g.manyNoOriginal),
  },
  {
    id: 'gmail-bidi',
    title: 'Gmail: a failed address with a right-to-left override (U+202E) in its quoted local part',
    url: gmailUrl('/mail/u/0/', 'FMfcgzQfixture0074'),
    html: gmailPage({ conversation: { subject: 'Delivery Status Notification (Failure)', messages: [g.bidi] } }),
    download: emlOf(g.bidi),
  },
  {
    id: 'gmail-download-redirect',
    title: 'Gmail: the download redirects to the sign-in page; "show original" answers',
    url: gmailUrl('/mail/u/0/', 'FMfcgzQfixture0031'),
    html: gmailPage({ conversation: { subject: 'Delivery Status Notification (Failure)', messages: [g.userUnknown] } }),
    download: { [`msg-f:${g.userUnknown.id}`]: { redirect: SIGN_IN } },
    showOriginal: { [`msg-f:${g.userUnknown.id}`]: { showOriginalOf: g.userUnknown.eml } },
  },
  {
    id: 'gmail-download-401',
    title: 'Gmail: both raw routes answer 401; the rendered text is used',
    url: gmailUrl('/mail/u/0/', 'FMfcgzQfixture0032'),
    html: gmailPage({ conversation: { subject: 'Delivery Status Notification (Failure)', messages: [g.userUnknown] } }),
    download: { [`msg-f:${g.userUnknown.id}`]: { status: 401, contentType: 'text/plain', body: 'Unauthorized' } },
    showOriginal: { [`msg-f:${g.userUnknown.id}`]: { status: 401, contentType: 'text/plain', body: 'Unauthorized' } },
  },
  {
    id: 'gmail-download-html',
    title: 'Gmail: a sign-in page (HTML) comes back instead of the mail',
    url: gmailUrl('/mail/u/0/', 'FMfcgzQfixture0033'),
    html: gmailPage({ conversation: { subject: 'Delivery Status Notification (Failure)', messages: [g.userUnknown] } }),
    download: { [`msg-f:${g.userUnknown.id}`]: { status: 200, contentType: 'text/html; charset=utf-8', body: signInPage } },
    showOriginal: { [`msg-f:${g.userUnknown.id}`]: { status: 200, contentType: 'text/html; charset=utf-8', body: signInPage } },
  },
];

/**
 * A bounce fixture as the n-th bounce mail of its kind: its own Message-Id, so the tracker counts
 * it as another bounce (the same bounce opened twice counts once).
 */
function nthBounce(relativePath, n) {
  // Dated today: the "your sending" warning shows only while such bounces are recent.
  const raw = readFixture(relativePath)
    .toString('utf8')
    .replace(/^Message-Id: <([^>@]+)@/im, `Message-Id: <$1.n${n}@`)
    .replace(/^Date: .*$/m, `Date: ${new Date(Date.now() - (10 - n) * 60_000).toUTCString()}`);
  return { status: 200, contentType: 'message/rfc822', body: raw };
}

const postfixDaemon = { email: 'MAILER-DAEMON@mail.example.com', name: 'Mail Delivery System' };

/** Scenes for issue 12: n copies of a sender-side (Spamhaus) or a message-side (too large) bounce. */
function repeatedScenes(kind, relativePath, body, count) {
  return Array.from({ length: count }, (_, i) => {
    const id = `18470000000000${kind === 'spamhaus' ? '42' : '43'}${String(i).padStart(3, '0')}`;
    const message = { id, sender: postfixDaemon, to: 'tanaka.hanako@example.com', date: '2026年11月19日(木) 15:20', bodyHtml: body };
    return {
      id: `gmail-${kind}-${i + 1}`,
      title: `Gmail: ${kind} bounce #${i + 1} (issue 12)`,
      url: gmailUrl('/mail/u/0/', `FMfcgzQfixture${kind === 'spamhaus' ? '42' : '43'}${i}`),
      html: gmailPage({ conversation: { subject: 'Undelivered Mail Returned to Sender', messages: [message] } }),
      download: { [`msg-f:${id}`]: nthBounce(relativePath, i + 1) },
    };
  });
}

/** @type {Scene[]} */
export const STORY_SCENES = [
  {
    id: 'gmail-nxdomain-typo',
    title: 'Gmail: NXDOMAIN under 4.0.0 for a mistyped docomo domain, in a mail to 5 people (issue 12)',
    url: gmailUrl('/mail/u/0/', 'FMfcgzQfixture0041'),
    html: gmailPage({ conversation: { subject: 'Delivery Status Notification (Failure)', messages: [g.nxdomainTypo] } }),
    download: emlOf(g.nxdomainTypo),
  },
  {
    id: 'gmail-docomo-filtered',
    title: "Gmail: docomo's reception filter refused the mail after DATA (issue 12)",
    url: gmailUrl('/mail/u/0/', 'FMfcgzQfixture0044'),
    html: gmailPage({ conversation: { subject: 'Undelivered Mail Returned to Sender', messages: [g.docomoFiltered] } }),
    download: emlOf(g.docomoFiltered),
  },
  ...repeatedScenes(
    'spamhaus',
    'eml/story/02-spamhaus-three-recipients.eml',
    `<p>This is the mail system at host mail.example.com.</p><p>${text('<kimura.sora@example.co.jp>: host mx.example.co.jp[192.0.2.25] said: 554 5.7.1 Service unavailable; Client host [192.0.2.10] blocked using zen.spamhaus.org')}</p>`,
    5,
  ),
  ...repeatedScenes(
    'too-large',
    'eml/story/03-too-large.eml',
    `<p>This is the mail system at host mail.example.com.</p><p>${text('<kimura.sora@example.co.jp>: host mx.example.co.jp[192.0.2.25] said: 552 5.3.4 Message size exceeds fixed limit (in reply to end of DATA command)')}</p>`,
    5,
  ),
  {
    id: 'outlook-domain-typo-ndr',
    title: 'Outlook on the web: an Exchange NDR for a mistyped domain (yahoo.co.jo, issue 12)',
    url: `https://outlook.office.com/mail/inbox/id/${o.ndrDomainTypo.id}`,
    html: outlookPage({ accountPath: '/mail/', messages: [o.ordinary, o.ndrDomainTypo] }),
  },
];

/** @type {Scene[]} */
export const OUTLOOK_SCENES = [
  {
    id: 'outlook-live-new-ndr',
    title: 'Outlook.com (live): an Exchange Online NDR, newer format (550 5.1.10)',
    url: `https://outlook.live.com/mail/0/inbox/id/${o.ndrNew.id}`,
    html: outlookPage({ accountPath: '/mail/0/', messages: [o.ordinary, o.ndrNew] }),
  },
  {
    id: 'outlook-office-old-ndr',
    title: 'Outlook on the web (office): an older-format NDR in the single-message layout',
    url: `https://outlook.office.com/mail/inbox/id/${o.ndrOld.id}`,
    html: outlookPage({ accountPath: '/mail/', layout: 'ItemContainer', lang: 'en', messages: [o.ordinary, o.ndrOld] }),
  },
  {
    id: 'outlook-japanese-ndr',
    title: 'Outlook on the web (office365): a Japanese NDR (mailbox full)',
    url: `https://outlook.office365.com/mail/inbox/id/${o.ndrJapanese.id}`,
    html: outlookPage({ accountPath: '/mail/', messages: [o.ordinary, o.ndrJapanese] }),
  },
  {
    id: 'outlook-dark-de',
    title: 'Outlook on the web in dark mode with German aria labels',
    url: `https://outlook.office.com/mail/inbox/id/${o.ndrNew.id}`,
    html: outlookPage({ accountPath: '/mail/', theme: 'dark', lang: 'de', messages: [o.ordinary, o.ndrNew] }),
  },
  {
    id: 'outlook-live-typo-ndr',
    title: 'Outlook.com (live): an NDR for a mistyped provider domain (resend)',
    url: `https://outlook.live.com/mail/0/inbox/id/${o.ndrTypo.id}`,
    html: outlookPage({ accountPath: '/mail/0/', messages: [o.ordinary, o.ndrTypo] }),
  },
  {
    id: 'outlook-ordinary',
    title: 'Outlook on the web: an ordinary message',
    url: `https://outlook.live.com/mail/0/inbox/id/${o.ordinary.id}`,
    html: outlookPage({ accountPath: '/mail/0/', messages: [o.ordinary, o.ndrNew, o.ndrOld] }),
  },
];

/**
 * Compose windows for the pre-send guard (tests/webmail-sim/compose-page.mjs): every Gmail
 * variant (popup, full screen, inline reply; PeopleKit and classic recipients), Outlook's
 * compose in the reading pane and popped out, Japanese and English labels, light and dark.
 * @type {Scene[]}
 */
export const COMPOSE_SCENES = [
  { id: 'gmail-compose-popup', title: 'Gmail: popup compose (PeopleKit chips), Japanese', url: 'https://mail.google.com/mail/u/0/#inbox?compose=new', html: gmailComposePage({ variant: 'popup' }) },
  { id: 'gmail-compose-fullscreen', title: 'Gmail: full-screen compose, English', url: 'https://mail.google.com/mail/u/0/#inbox?compose=new', html: gmailComposePage({ variant: 'fullscreen', lang: 'en' }) },
  { id: 'gmail-compose-inline', title: 'Gmail: inline reply in a conversation', url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQfixture0777', html: gmailComposePage({ variant: 'inline' }) },
  { id: 'gmail-compose-classic', title: 'Gmail: popup compose with the classic recipients (.vR chips, hidden inputs)', url: 'https://mail.google.com/mail/u/0/#inbox?compose=new', html: gmailComposePage({ variant: 'popup', ui: 'classic' }) },
  { id: 'gmail-compose-dark', title: 'Gmail: popup compose in a dark theme', url: 'https://mail.google.com/mail/u/0/#inbox?compose=new', html: gmailComposePage({ variant: 'popup', theme: 'dark' }) },
  { id: 'outlook-compose', title: 'Outlook on the web: new message in the reading pane, Japanese', url: 'https://outlook.office.com/mail/inbox', html: outlookComposePage({}) },
  { id: 'outlook-compose-popout-en', title: 'Outlook on the web: popped-out compose, English, dark', url: 'https://outlook.live.com/mail/0/inbox', html: outlookComposePage({ popout: true, lang: 'en', theme: 'dark' }) },
];

export const ALL_SCENES = [...GMAIL_SCENES, ...OUTLOOK_SCENES, ...COMPOSE_SCENES, ...STORY_SCENES];
export const sceneById = (id) => {
  const scene = ALL_SCENES.find((s) => s.id === id);
  if (!scene) throw new Error(`No scene ${id}`);
  return scene;
};

/** The scenes `npm run demo` shows, in order. */
export const DEMO_SCENES = [
  'gmail-host-unknown',
  'gmail-user-unknown-u1',
  'gmail-dark',
  'gmail-preview-delayed',
  'gmail-hostile',
  'outlook-live-new-ndr',
  'outlook-japanese-ndr',
].map(sceneById);

/**
 * The webmails' compose windows as the resend link opens them (Gmail `?view=cm`, Outlook
 * `/mail/…/deeplink/compose`): a page that shows the draft's fields as text, and nothing else.
 */
export function composePage(url) {
  const gmail = url.origin === 'https://mail.google.com';
  const field = (name) => url.searchParams.get(name) ?? '';
  const fields = { to: field('to'), subject: field(gmail ? 'su' : 'subject'), body: field('body') };
  return `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>${gmail ? 'Gmail' : 'Outlook'} – 新規メッセージ</title></head><body>
<form id="bn-fixture-compose" data-webmail="${gmail ? 'gmail' : 'outlook'}">
<label>宛先 <input name="to" value="${text(fields.to)}"></label>
<label>件名 <input name="subject" value="${text(fields.subject)}"></label>
<textarea name="body">${text(fields.body)}</textarea>
</form></body></html>`;
}

const isComposeUrl = (url) =>
  url.origin === 'https://mail.google.com' ? url.searchParams.get('view') === 'cm' : /^\/mail\/(?:\d+\/)?deeplink\/compose$/.test(url.pathname);

/** A routing answer for a raw-source endpoint. */
function rawResponse(answer) {
  if (!answer) return { status: 404, contentType: 'text/plain', body: 'Not found' };
  if ('eml' in answer) return { contentType: 'message/rfc822', body: readFixture(answer.eml) };
  if ('showOriginalOf' in answer) return { body: showOriginalPage(readFixture(answer.showOriginalOf).toString('utf8')) };
  if ('redirect' in answer) return { status: 302, contentType: 'text/html', headers: { location: answer.redirect }, body: '' };
  return { status: answer.status, contentType: answer.contentType, body: answer.body ?? '' };
}

/**
 * A routing handler serving the current scene: its page for any document under its origin's
 * /mail/ (the webmails are single-page apps), and its raw-source endpoints. `current()` names
 * the scene; tests switch scenes between page loads.
 * @param {() => Scene | undefined} current
 */
export function sceneHandler(current) {
  return (url, request) => {
    const scene = current();
    if (!scene || url.origin !== new URL(scene.url).origin) return undefined;
    const view = url.searchParams.get('view');
    if (url.origin === 'https://mail.google.com' && (view === 'att' || view === 'om')) {
      const ref = url.searchParams.get('permmsgid') ?? url.searchParams.get('th') ?? '';
      const answers = view === 'att' ? scene.download : scene.showOriginal;
      // '*' answers for any message (the benchmark opens fresh message ids).
      return rawResponse(answers?.[ref] ?? answers?.['*']);
    }
    if (request.resourceType() === 'document' && isComposeUrl(url)) return { body: composePage(url) };
    if (request.resourceType() === 'document' && url.pathname.startsWith('/mail')) {
      return { body: scene.html, headers: scene.headers };
    }
    return undefined;
  };
}
