// Gmail DOM anchors. Closure-minified class names, but the ones below have been stable for
// years (see ../shared/docs/webmail.md §1.2). Seen 2026-11.

/** One message of the open conversation; data-message-id="#msg-f:<decimal>". */
export const messageSelectors = ['div.adn[data-message-id]'] as const;

/** The sender, read from its `email` attribute (the text is a display name). */
export const senderSelectors = ['span.gD[email]', 'td.gF span[email]'] as const;

/** The rendered body of one message. */
export const bodySelectors = ['div.ii.gt div.a3s', 'div.a3s', '.adP'] as const;

/** Subject of the conversation (the original's subject when a bounce is threaded into it). */
export const subjectSelectors = ['h2.hP', '.ha h2'] as const;
