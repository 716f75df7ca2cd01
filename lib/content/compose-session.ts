import type { GuardWarning } from '@/lib/guard/types';
import type { Lang } from '@/lib/i18n/lang';
import { type ComposeAdapter, type ComposeRecipient, SEND_KEY_EVENTS, SEND_POINTER_EVENTS, type SendAttempt } from '@/lib/webmail/compose-dom';
import { observeMutations } from '@/lib/webmail/observe';
import { COMPOSE_HOST_TAG, placePanel, type ComposePanelInput } from './compose-input';
import { childScope } from './scope';

// The pre-send guard in the page: per compose window, watch its recipients → ask the
// background → show a warning → hold Send while a warned recipient is still there. Every
// listener belongs to the compose window's scope (ended when the window closes, on navigation
// and when the extension goes away). A failure anywhere leaves Send to the webmail.

export interface GuardSettings {
  enabled: boolean;
  confirmSend: boolean;
  lang: Lang;
}

export interface MountedPanel {
  update(input: ComposePanelInput): void;
}

/** What the guard needs from the outside; the content scripts pass the real ones, tests fakes. */
export interface ComposeGuardDeps {
  check(addresses: string[]): Promise<GuardWarning[]>;
  settings(): Promise<GuardSettings>;
  /** Calls back on every settings change; answers the unsubscribe. */
  watchSettings?(callback: (settings: GuardSettings) => void): () => void;
  mount(signal: AbortSignal, input: ComposePanelInput): Promise<MountedPanel | undefined>;
  /** Starts loading the panel's UI when a compose window opens, so the first warning does not wait for it. */
  preload?(): void;
  /** Delay between a DOM change and the rescan (ms): chips must warn fast (goal ≤ 300 ms). */
  scanDelayMs?: number;
  /** Delay after the last keystroke before typed text is checked: no warning flickers while typing. */
  typingDelayMs?: number;
}

export const COMPOSE_SCAN_DELAY_MS = 30;
export const TYPING_DELAY_MS = 400;

const keyOf = (address: string): string => address.trim().toLowerCase();

/** A held send: what started it, so that 「このまま送信」 can replay it for the webmail's own handler. */
interface HeldSend {
  attempt: SendAttempt;
  /** The first event of the gesture; its kind decides how the send is replayed. */
  first: Event;
  target: Element;
}

function replay(held: HeldSend): void {
  const { first, target } = held;
  if (first instanceof KeyboardEvent) {
    const init: KeyboardEventInit = { key: first.key, code: first.code, keyCode: first.keyCode, ctrlKey: first.ctrlKey, metaKey: first.metaKey, shiftKey: first.shiftKey, altKey: first.altKey, bubbles: true, cancelable: true, composed: true };
    target.dispatchEvent(new KeyboardEvent('keydown', init));
    target.dispatchEvent(new KeyboardEvent('keyup', init));
    return;
  }
  // Gmail acts on mousedown/mouseup (jsaction), Outlook on click: the whole sequence, in order.
  const pointer = typeof PointerEvent === 'function' ? PointerEvent : MouseEvent;
  const init: MouseEventInit = { bubbles: true, cancelable: true, composed: true, button: 0, view: target.ownerDocument.defaultView };
  target.dispatchEvent(new pointer('pointerdown', init));
  target.dispatchEvent(new MouseEvent('mousedown', init));
  target.dispatchEvent(new pointer('pointerup', init));
  target.dispatchEvent(new MouseEvent('mouseup', init));
  target.dispatchEvent(new MouseEvent('click', init));
}

interface Session {
  scope: AbortController;
  refresh(): void;
  /** A window event that may start a send, seen before the page (capture phase). */
  onSendEvent(event: Event): void;
}

/**
 * Starts the guard for one webmail. Until the settings are read, and while the guard is off,
 * nothing is watched and Send is the webmail's alone.
 */
export function startComposeGuard(signal: AbortSignal, adapter: ComposeAdapter, deps: ComposeGuardDeps): void {
  const sessions = new Map<Element, Session>();
  let settings: GuardSettings | undefined;
  /** The compose the user last worked in: Gmail's schedule-send menu opens outside the compose. */
  let active: Element | undefined;

  /** Events one session held: the sessions after it do not see them (as stopImmediatePropagation did for their own listeners). */
  const heldEvents = new WeakSet<Event>();
  /**
   * One set of capture listeners on the window for all compose windows, there only while one is
   * open: a compose opening or closing adds or removes no listener of its own on the window.
   */
  let windowListeners: AbortController | undefined;
  const onWindowEvent = (event: Event): void => {
    for (const session of sessions.values()) {
      try {
        session.onSendEvent(event);
      } catch (error) {
        // One compose's failure leaves the others, and Send, alone.
        console.warn('[bounce-navi] compose guard', error);
      }
      if (heldEvents.has(event)) return;
    }
  };
  function listenToWindow(needed: boolean): void {
    if (needed && !windowListeners) {
      windowListeners = childScope(signal);
      const options = { capture: true, signal: windowListeners.signal };
      for (const type of [...SEND_POINTER_EVENTS, ...SEND_KEY_EVENTS]) window.addEventListener(type, onWindowEvent, options);
    } else if (!needed && windowListeners) {
      windowListeners.abort();
      windowListeners = undefined;
    }
  }

  function scan(): void {
    if (signal.aborted) return;
    let roots: Element[] = [];
    try {
      roots = settings?.enabled ? adapter.findComposeRoots(document) : [];
    } catch (error) {
      console.warn('[bounce-navi] compose guard', error);
    }
    for (const [root, session] of sessions) {
      if (!roots.includes(root) || !root.isConnected) {
        session.scope.abort();
        sessions.delete(root);
      }
    }
    for (const root of roots) {
      let session = sessions.get(root);
      if (!session) {
        session = openSession(root);
        sessions.set(root, session);
        deps.preload?.();
      }
      try {
        session.refresh();
      } catch (error) {
        // Selectors that no longer fit this compose: no warning, and Send stays the webmail's.
        console.warn('[bounce-navi] compose guard', error);
      }
    }
    listenToWindow(sessions.size > 0);
  }

  function openSession(root: Element): Session {
    const scope = childScope(signal);
    const answers = new Map<string, GuardWarning | null>();
    /** Questions out to the background, by address key: settled once the answer is stored (or the question failed). */
    const pending = new Map<string, Promise<void>>();
    const dismissed = new Set<string>();
    const replaceFailed = new Set<string>();
    let shown: GuardWarning[] = [];
    let held: HeldSend | undefined;
    let confirming: readonly GuardWarning[] | undefined;
    let bypass = false;
    let panel: Promise<MountedPanel | undefined> | undefined;
    let typingTimer: ReturnType<typeof setTimeout> | undefined;

    const warningsAmong = (recipients: readonly ComposeRecipient[]): GuardWarning[] => {
      const found = new Map<string, GuardWarning>();
      for (const recipient of recipients) {
        const key = keyOf(recipient.address);
        const warning = answers.get(key);
        if (warning && !dismissed.has(key)) found.set(key, warning);
      }
      return [...found.values()];
    };

    const rect = (element: Element | null): DOMRect | undefined => element?.getBoundingClientRect();

    function input(): ComposePanelInput {
      const view = document.defaultView;
      return {
        lang: settings?.lang ?? 'ja',
        theme: adapter.theme(document),
        warnings: shown,
        confirm: held && confirming ? { trigger: held.attempt.trigger, warnings: confirming } : undefined,
        canReplace: adapter.canReplace,
        place: placePanel(root.getBoundingClientRect(), rect(adapter.sendButton(root)), { width: view?.innerWidth ?? 1280, height: view?.innerHeight ?? 800 }),
        replaceFailed: [...replaceFailed],
        onDismiss(address) {
          dismissed.add(keyOf(address));
          render();
        },
        onReplace(address, corrected) {
          const recipient = adapter.readRecipients(root).find((candidate) => keyOf(candidate.address) === keyOf(address));
          let replaced: boolean;
          try {
            replaced = recipient !== undefined && adapter.replaceRecipient(recipient, corrected);
          } catch {
            replaced = false;
          }
          if (!replaced) replaceFailed.add(keyOf(address));
          refresh();
        },
        onBack() {
          held = undefined;
          confirming = undefined;
          render();
          const button = adapter.sendButton(root);
          if (button instanceof HTMLElement) button.focus();
        },
        onSendAnyway() {
          const send = held;
          held = undefined;
          confirming = undefined;
          render();
          if (send) release(send);
        },
      };
    }

    function render(): void {
      if (scope.signal.aborted) return;
      if (shown.length === 0 && !confirming && !panel) return;
      const next = input();
      panel ??= deps.mount(scope.signal, next).catch(() => undefined);
      void panel.then((mounted) => {
        if (mounted) return mounted.update(input());
        // No panel (the UI bundle did not load): a held send must not wait for a question nobody sees.
        if (held && !scope.signal.aborted) {
          const send = held;
          held = undefined;
          confirming = undefined;
          release(send);
        }
      });
    }

    function release(send: HeldSend): void {
      bypass = true;
      try {
        replay(send);
      } finally {
        bypass = false;
      }
    }

    /**
     * Asks the background about the addresses not asked yet, and waits for those already being
     * asked (a Send pressed while a chip's question is out waits for its answer). Answers how
     * many of the newly asked came back with a warning: only then can what is shown change.
     */
    async function ask(recipients: readonly ComposeRecipient[]): Promise<number> {
      const addresses = [...new Set(recipients.map((recipient) => recipient.address.trim()))];
      const waiting = addresses.flatMap((address) => pending.get(keyOf(address)) ?? []);
      const fresh = addresses.filter((address) => !answers.has(keyOf(address)) && !pending.has(keyOf(address)));
      let warned = 0;
      if (fresh.length > 0) {
        const question = deps
          .check(fresh)
          .then((warnings) => {
            const byKey = new Map(warnings.map((warning) => [keyOf(warning.address), warning]));
            for (const address of fresh) {
              const warning = byKey.get(keyOf(address));
              answers.set(keyOf(address), warning ?? null);
              if (warning) warned += 1;
            }
          })
          .finally(() => {
            for (const address of fresh) pending.delete(keyOf(address));
          });
        const settled = question.catch(() => undefined);
        for (const address of fresh) pending.set(keyOf(address), settled);
        await question;
      }
      await Promise.all(waiting);
      return warned;
    }

    function refresh(): void {
      if (scope.signal.aborted) return;
      const recipients = adapter.readRecipients(root);
      // Chips are asked about at once; typed text once the typing pauses (input events, below).
      const chips = recipients.filter((recipient) => recipient.kind === 'chip');
      const typedKnown = recipients.filter((recipient) => recipient.kind === 'typed' && answers.has(keyOf(recipient.address)));
      shown = warningsAmong([...chips, ...typedKnown]);
      render();
      // Chips being asked about already are refreshed by the question that asked them; an answer
      // without a warning changes nothing shown, so only a warned answer reads the DOM again.
      const unasked = chips.filter((recipient) => !answers.has(keyOf(recipient.address)) && !pending.has(keyOf(recipient.address)));
      if (unasked.length > 0) {
        ask(unasked).then((warned) => {
          if (warned > 0) refresh();
        }, () => undefined);
      }
    }

    function checkTyped(): void {
      typingTimer = undefined;
      const recipients = adapter.readRecipients(root);
      ask(recipients).then(() => {
        shown = warningsAmong(adapter.readRecipients(root));
        render();
      }, () => undefined);
    }

    function hold(event: Event): void {
      heldEvents.add(event);
      event.preventDefault();
      event.stopImmediatePropagation();
    }

    function onSendEvent(event: Event): void {
      if (bypass || scope.signal.aborted) return;
      let attempt: SendAttempt | undefined;
      let warned: GuardWarning[];
      let unasked: ComposeRecipient[];
      try {
        if (!settings?.confirmSend) return;
        attempt = adapter.sendAttempt(event, root);
        if (!attempt || (attempt.trigger === 'schedule' && active !== root)) return;
        if (held) {
          // The rest of a held gesture (mouseup, click, keyup) waits with it.
          hold(event);
          return;
        }
        // The recipients as the DOM shows them at the moment of Send (chip data can lag).
        const recipients = adapter.readRecipients(root);
        warned = warningsAmong(recipients);
        unasked = recipients.filter((recipient) => !answers.has(keyOf(recipient.address)));
        if (warned.length === 0 && unasked.length === 0) return;
      } catch (error) {
        // A guard that fails leaves Send to the webmail.
        console.warn('[bounce-navi] compose guard', error);
        return;
      }
      const target = event.composedPath()[0];
      held = { attempt, first: event, target: target instanceof Element ? target : attempt.control };
      hold(event);
      const current = held;
      if (warned.length > 0) {
        confirming = warned;
        render();
        return;
      }
      // Addresses not asked yet (typed a moment ago): ask, then send or confirm.
      ask(unasked)
        .then(() => warningsAmong(adapter.readRecipients(root)))
        .catch(() => [])
        .then((found) => {
          if (held !== current) return;
          if (found.length === 0) {
            held = undefined;
            release(current);
            return;
          }
          shown = found;
          confirming = found;
          render();
        }, () => undefined);
    }

    const options = { capture: true, signal: scope.signal };
    const markActive = (): void => {
      active = root;
    };
    root.addEventListener('focusin', markActive, options);
    root.addEventListener('pointerdown', markActive, options);
    root.addEventListener(
      'input',
      () => {
        if (typingTimer !== undefined) clearTimeout(typingTimer);
        typingTimer = setTimeout(checkTyped, deps.typingDelayMs ?? TYPING_DELAY_MS);
      },
      options,
    );
    scope.signal.addEventListener('abort', () => {
      if (typingTimer !== undefined) clearTimeout(typingTimer);
      if (active === root) active = undefined;
    });
    return { scope, refresh, onSendEvent };
  }

  const isOwnMutation = (record: MutationRecord): boolean => {
    const nodes = [...record.addedNodes, ...record.removedNodes];
    return nodes.length > 0 && nodes.every((node) => node.nodeName.toLowerCase() === COMPOSE_HOST_TAG || node.nodeName.toLowerCase() === 'bounce-navi-sidebar');
  };

  const apply = (next: GuardSettings): void => {
    settings = next;
    scan();
  };
  deps.settings().then(apply, () => undefined);
  const unwatch = deps.watchSettings?.(apply);
  if (unwatch) signal.addEventListener('abort', unwatch, { once: true });
  observeMutations(document.body, scan, { signal, delayMs: deps.scanDelayMs ?? COMPOSE_SCAN_DELAY_MS, ignore: isOwnMutation });
}
