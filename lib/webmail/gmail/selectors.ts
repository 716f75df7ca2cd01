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
