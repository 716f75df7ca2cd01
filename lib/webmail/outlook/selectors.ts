// Outlook on the web DOM anchors: ids, roles and data attributes only; OWA's CSS class
// names are hashed and change every few months (../shared/docs/webmail.md §2.2). Seen 2026-11.

/** The reading pane, then the message area inside it. */
export const readingPaneSelectors = [
  '#ReadingPaneContainerId',
  '[data-app-section="ConversationContainer"]',
  '[data-app-section="ItemContainer"]',
] as const;

/** The rendered message body (aria-label is localised; the role is not). */
export const bodySelectors = ['div[role="document"]'] as const;

/** The subject line of the open message. */
export const subjectSelectors = ['[role="heading"][aria-level="2"]', '[role="heading"]'] as const;
