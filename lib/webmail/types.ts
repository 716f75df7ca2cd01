import type { RenderedMessage } from '@/lib/bounce/types';

/** The source of an opened message, as good as the webmail allows. */
export type MessageSource =
  | { kind: 'raw'; bytes: Uint8Array }
  | { kind: 'rendered'; message: RenderedMessage };

/** One opened message in the webmail's DOM. */
export interface OpenedMessage {
  /** A stable key for the message (Gmail's msg-f id, Outlook's item id or a hash). */
  key: string;
  element: Element;
}

/** What each webmail adapter provides to the shared content-script session. */
export interface WebmailAdapter {
  id: 'gmail' | 'outlook';
  /** Visible opened messages, stale hidden views excluded. */
  findOpenedMessages(doc: Document): OpenedMessage[];
  /** Cheap DOM-only check (sender, subject, body markers): could this be a bounce? */
  isBounceCandidate(message: OpenedMessage): boolean;
  /** The best source available: raw RFC 822 where the webmail allows, else the rendered text. */
  fetchSource(message: OpenedMessage, signal: AbortSignal): Promise<MessageSource>;
  /** Where the sidebar is anchored. */
  sidebarAnchor(message: OpenedMessage): Element;
}
