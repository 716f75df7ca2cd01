import type { Theme } from './theme';

// What the pre-send guard needs from a webmail's compose window in the page; one implementation
// per webmail (gmail/compose.ts, outlook/compose.ts), document access only. (compose.ts beside
// this file builds compose URLs for the resend link instead.)

export type RecipientField = 'to' | 'cc' | 'bcc';

/** One recipient as the compose window shows it now: a chip, or text still being typed. */
export interface ComposeRecipient {
  address: string;
  field: RecipientField;
  kind: 'chip' | 'typed';
  element: Element;
}

/** What a held event would have done: send now, or schedule the send. */
export type SendTrigger = 'send' | 'schedule';

export interface SendAttempt {
  trigger: SendTrigger;
  /** The control the event activates (the Send button, the schedule item), or the compose root for Ctrl/Cmd+Enter. */
  control: Element;
}

export interface ComposeAdapter {
  id: 'gmail' | 'outlook';
  /** The open compose windows, visible ones only. */
  findComposeRoots(doc: Document): Element[];
  /** Every recipient of the compose, read from the DOM now (chip data can lag ~2 s: InboxSDK docs#7). */
  readRecipients(root: Element): ComposeRecipient[];
  /** The send this event would start in this compose, if it is one (capture phase, before the page sees it). */
  sendAttempt(event: Event, root: Element): SendAttempt | undefined;
  /**
   * Whether replacing a chip works in this webmail. When false, the warning copies the
   * corrected address and says what to do instead (docs/webmail-integration.md).
   */
  canReplace: boolean;
  /** Replaces the recipient with the corrected address; answers whether the compose now shows it. */
  replaceRecipient(recipient: ComposeRecipient, corrected: string): boolean;
  /** The Send button of the compose, for keeping our panel off it. */
  sendButton(root: Element): Element | null;
  theme(doc: Document): Theme;
}

/** Events that can start a send: Gmail acts on mousedown/mouseup through jsaction, not only on click (peers.md §3). */
export const SEND_POINTER_EVENTS = ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click'] as const;
export const SEND_KEY_EVENTS = ['keydown', 'keyup'] as const;

function isPrimaryButton(event: Event): boolean {
  return !('button' in event) || (event as MouseEvent).button === 0;
}

/**
 * The shared rule for what starts a send, given where the webmail's Send and schedule controls
 * are: a primary-button press or click on one; Enter or Space on one; Ctrl/Cmd+Enter anywhere in
 * the compose (both webmails' shortcut; InboxSDK getPresendingStream).
 */
export function sendAttemptOf(
  event: Event,
  root: Element,
  controls: { send: (target: Element) => Element | null; schedule: (target: Element) => Element | null },
): SendAttempt | undefined {
  const target = event.composedPath()[0];
  if (!(target instanceof Element)) return undefined;
  const sendControl = root.contains(target) ? controls.send(target) : null;
  const scheduleControl = controls.schedule(target);
  const control = sendControl ?? scheduleControl;
  const trigger: SendTrigger = sendControl ? 'send' : 'schedule';
  if ((SEND_POINTER_EVENTS as readonly string[]).includes(event.type)) {
    return control && isPrimaryButton(event) ? { trigger, control } : undefined;
  }
  if ((SEND_KEY_EVENTS as readonly string[]).includes(event.type) && event instanceof KeyboardEvent) {
    if (control && (event.key === 'Enter' || event.key === ' ')) return { trigger, control };
    if (event.type === 'keydown' && event.key === 'Enter' && (event.ctrlKey || event.metaKey) && root.contains(target)) {
      return { trigger: 'send', control: root };
    }
  }
  return undefined;
}
