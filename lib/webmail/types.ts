import type { RenderedMessage } from '@/lib/bounce/types';
import type { BounceSignal } from './detect';
import type { Theme } from './theme';

export type { BounceSignal } from './detect';
export type { Theme } from './theme';

/** Where a raw RFC 822 source came from. */
export type RawSourceRoute = 'download' | 'show-original';

/** Why one way of getting the raw source did not work; shown in the sidebar's "why" section. */
export interface RetrievalFailure {
  route: RawSourceRoute;
  cause: 'no-message-id' | 'network' | 'http-status' | 'login-page' | 'html' | 'not-a-mail' | 'empty' | 'too-large';
  /** A short technical detail (a status code, a host name), never mail content. */
  detail: string;
}

/** The source of an opened message, as good as the webmail allows. */
export type MessageSource =
  | { kind: 'raw'; bytes: Uint8Array; route: RawSourceRoute; failures: readonly RetrievalFailure[] }
  | { kind: 'rendered'; message: RenderedMessage; failures: readonly RetrievalFailure[] };

/** One opened message in the webmail's DOM. */
export interface OpenedMessage {
  /**
   * A stable key for the message, the same after a reload: Gmail's msg-f id; for Outlook a
   * hash of what the reading pane shows (its URL id can name a conversation, webmail.md §2.1).
   */
  key: string;
  element: Element;
}

/** What each webmail adapter provides to the shared content-script session. */
export interface WebmailAdapter {
  id: 'gmail' | 'outlook';
  /** Visible opened messages, stale hidden views and collapsed messages excluded. */
  findOpenedMessages(doc: Document): OpenedMessage[];
  /** Cheap DOM-only check (sender, subject, body markers): could this be a bounce, and how sure? */
  bounceSignal(message: OpenedMessage): BounceSignal | undefined;
  /** The best source available: raw RFC 822 where the webmail allows, else the rendered text. */
  fetchSource(message: OpenedMessage, signal: AbortSignal): Promise<MessageSource>;
  /** The webmail's current theme, from computed colours. */
  theme(doc: Document): Theme;
  /**
   * The open account's own address as the page shows it (outside any mail body), or undefined.
   * The tracker compares the returned original's sender with it (lib/tracker/ownership.ts).
   */
  accountAddress(doc: Document): string | undefined;
}
