// Gmail DOM anchors, newest first in each list. Gmail's class names are Closure-minified but the
// ones below have held for years; sources and dates per ../shared/docs/webmail.md §1.2.
// Seen 2026-11 in the public extension sources cited there; verify on a live account when
// Gmail changes (the unit tests pin each against tests/fixtures/html/gmail/).

/**
 * One message of the open conversation: data-message-id="#msg-f:<decimal>", plus the 16-hex
 * data-legacy-message-id. gmail.js api.dom.email, Mailvelope scanMessages (since 2018).
 */
export const messageSelectors = ['div.adn[data-message-id]', 'div.adn[data-legacy-message-id]'] as const;

/**
 * The sender, read from its `email` and `name` attributes (the text may be a nickname).
 * span.gD: gmail.js; td.gF span[email]: InboxSDK getSender; h3.iw: the header block.
 */
export const senderSelectors = ['span.gD[email]', 'td.gF span[email]', 'h3.iw span[email]'] as const;

/**
 * The rendered body of one message. `.a3s.undefined` is Gmail's placeholder for a body still
 * loading (InboxSDK getContentsElement). `.adP` is the older wrapper.
 */
export const bodySelectors = ['div.ii.gt div.a3s:not(.undefined)', 'div.a3s:not(.undefined)', '.adP'] as const;

/** Subject of the conversation (the original's subject when a bounce is threaded into it). */
export const subjectSelectors = ['h2.hP', '.ha h2'] as const;

/** The message's date; the full date is in `title` (InboxSDK getDateString). */
export const dateSelectors = ['.gK .g3[title]', 'span.g3[title]'] as const;

/**
 * Areas whose background shows the theme, most specific first: the conversation's pane
 * (`.bkK > .nH`, InboxSDK track-gmail-styles.ts), the main view, the page.
 */
export const themeSampleSelectors = ['.bkK > .nH', '[role="main"]'] as const;

/**
 * The signed-in account, outside any message: the Google bar's account button, whose aria-label
 * ends with the address in brackets ("Google アカウント: 田中 花子（tanaka.hanako@example.com）",
 * "Google Account: Hanako Tanaka (tanaka.hanako@example.com)") and which links to
 * accounts.google.com. Seen 2026-11 on accounts.google.com's bar; verify live.
 * The document title is the second source ("受信トレイ - <address> - Gmail", adapter.ts).
 */
export const accountSelectors = ['a[href*="accounts.google.com/SignOutOptions"][aria-label*="@"]', 'header a[href*="accounts.google.com"][aria-label*="@"]'] as const;

// ── Compose (the pre-send guard). Sources: gmail.js src/gmail.js ~L2520-2570, 4077-4275 and
// InboxSDK gmail-compose-view/page-parser.ts, get-recipients.ts, getPresendingStream.ts, as
// summarised in ../shared/docs/peers.md §3 and Synthesis B; seen 2026-12 in those sources, not
// on a live account (verify live when Gmail changes). Pinned by tests/webmail/gmail-compose.test.ts
// against tests/fixtures/html/gmail/compose-*.html.

/**
 * One compose window: `div.M9` in every variant (popup under `div.AD`, inline reply under
 * `.AO`, full screen under `[role=dialog] div.aaZ`; gmail.js, InboxSDK
 * setup-compose-view-driver-stream.ts). The `form` fallback is the compose's own form (action
 * names no URL we rely on).
 */
export const composeRootSelectors = ['div.M9', 'div.AD form.bAs'] as const;

/**
 * Recipient chips, newest UI first. PeopleKit (2021 "new recipients" UI):
 * `div[name=to|cc|bcc] … div[role=option][data-hovercard-id]`, the address in data-hovercard-id
 * (InboxSDK get-recipients.ts; gmail.js `tr.bzf div[name=to] div[data-hovercard-id]`).
 * Classic: `.vR` chips holding `input[type=hidden][name=to|cc|bcc]` ("Name <address>").
 */
export const peopleKitChipSelector = 'div[name="to"] [data-hovercard-id], div[name="cc"] [data-hovercard-id], div[name="bcc"] [data-hovercard-id]';
export const classicChipInputSelector = '.vR input[type="hidden"][name="to"], .vR input[type="hidden"][name="cc"], .vR input[type="hidden"][name="bcc"]';

/**
 * Text typed but not yet turned into a chip, which chip readers miss (gmail.js#719):
 * PeopleKit `div[name=to] input`, classic `textarea.vO[name=to]` / `input[name=to]`.
 */
export const typedRecipientSelectors = [
  'div[name="to"] input:not([type="hidden"])',
  'div[name="cc"] input:not([type="hidden"])',
  'div[name="bcc"] input:not([type="hidden"])',
  'textarea.vO[name="to"]',
  'textarea.vO[name="cc"]',
  'textarea.vO[name="bcc"]',
] as const;

/** A chip's remove control: `.afX` in the classic UI ("削除" / "Remove" is its localised label). */
export const chipRemoveSelectors = ['.afX', '[role="button"][data-tooltip-delay]'] as const;

/**
 * Send: `div.T-I.T-I-atl` is the blue primary button in every compose (gmail.js send button;
 * InboxSDK getPresendingStream). The arrow beside it (`.hG`) opens the menu with "送信日時を設定" /
 * "Schedule send", whose item carries `selector="scheduledSend"` (verify live).
 */
export const sendButtonSelectors = ['div.T-I.T-I-atl:not(.hG)[role="button"]', 'div.T-I.T-I-atl:not(.hG)'] as const;
export const scheduleSendSelectors = ['[role="menuitem"][selector="scheduledSend"]'] as const;
