// Outlook on the web DOM anchors: ids, roles and data attributes only. OWA's CSS class names are
// hashed and change every few months, and its aria-labels are localised (webmail.md §2.2), so
// neither is used. Sources per webmail.md §2.2; seen 2026-11. The unit tests pin each list
// against tests/fixtures/html/outlook/.

/**
 * The reading pane (#ReadingPaneContainerId: evicypher, 2022), else the reading area's app
 * sections (wd-extension-poc consts.ts). ItemContainer is the single-message layout.
 */
export const readingPaneSelectors = [
  '#ReadingPaneContainerId',
  '[data-app-section="ConversationContainer"]',
  '[data-app-section="ItemContainer"]',
  '[data-app-section="MailReadCompose"]',
] as const;

/** The rendered message body; its aria-label ("Message body", 「メッセージ本文」) is localised, its role is not. */
export const bodySelectors = ['div[role="document"]'] as const;

/** One message inside a conversation, when the conversation shows several. */
export const itemSelectors = ['[data-app-section="ItemContainer"]'] as const;

/** The subject line of the open message: the reading pane's heading. */
export const subjectSelectors = ['[role="heading"][aria-level="2"]', '[role="heading"][aria-level="1"]', '[role="heading"]'] as const;

/**
 * The sender: OWA's persona shows the address in a `title` (or as "Name <address>" text);
 * read outside the body, which the mail controls.
 */
export const senderSelectors = ['[title*="@"]'] as const;

/** Areas whose background shows OWA's light or dark mode, most specific first. */
export const themeSampleSelectors = ['#ReadingPaneContainerId', '[data-app-section="ConversationContainer"]', '[role="main"]'] as const;

/**
 * The signed-in account, outside the reading pane: the Microsoft account manager ("me control")
 * shows the address in `#mectrl_currentAccount_secondary`; the folder pane names the mailbox
 * by its address (a tree item's `title`). Ids and roles only, as above; verify live.
 */
export const accountSelectors = ['#mectrl_currentAccount_secondary', '[role="navigation"] [role="treeitem"][title*="@"]'] as const;

// ── Compose (the pre-send guard). OWA's compose has no stable ids, and its aria-labels are
// localised, so roles and structure come first and the localised labels are listed for
// Japanese and English (peers.md §3 "Browser-extension OWA hooking is aria-label based";
// toggl/track-extension src/content/outlook.js; seen 2026-12 in those sources, verify live).
// Pinned by tests/webmail/outlook-compose.test.ts against tests/fixtures/html/outlook/compose-*.html.

/**
 * A recipient well (To, Cc, Bcc): an editable `role=textbox` holding the chips and the text
 * being typed. The well's aria-label names its field: 宛先 / To, CC / Cc, BCC / Bcc.
 */
export const recipientWellSelectors = ['div[role="textbox"][contenteditable="true"][aria-label]'] as const;
export const wellFieldLabels: Readonly<Record<string, 'to' | 'cc' | 'bcc'>> = {
  宛先: 'to',
  to: 'to',
  cc: 'cc',
  bcc: 'bcc',
};

/** A resolved recipient inside a well (peers.md: `span[data-lpc-hover-target]`, persona text). */
export const wellChipSelectors = ['[data-lpc-hover-target]', 'span[class*="PersonaText"]', 'span.wellItemText'] as const;

/**
 * The Send button: `button[name="Send"]` (toggl), else its localised aria-label. The compose
 * root is the nearest ancestor of a well that also holds a Send button.
 */
export const sendButtonSelectors = ['button[name="Send"]', 'button[aria-label="送信"]', 'button[aria-label="Send"]'] as const;
