import { browser } from 'wxt/browser';
import { createShadowRootUi, type ContentScriptContext } from '#imports';
import { COMPOSE_HOST_TAG, COMPOSE_UI_FILE, type ComposePanelInput, type ComposeRenderer, type ComposeUiModule } from './compose-input';

export interface MountedComposePanel {
  update(input: ComposePanelInput): void;
}

let composeUi: Promise<ComposeUiModule> | undefined;

/** The compose UI bundle, imported once per tab, when a compose window first has a warning (as mount.tsx does for the sidebar). */
function loadComposeUi(): Promise<ComposeUiModule> {
  composeUi ??= import(/* @vite-ignore */ browser.runtime.getURL(`/${COMPOSE_UI_FILE}`)) as Promise<ComposeUiModule>;
  composeUi.catch(() => {
    composeUi = undefined;
  });
  return composeUi;
}

/** Loads the UI bundle while the browser is idle (once per tab): the first warning then shows without waiting for it. */
export function preloadComposeUi(): void {
  if (composeUi) return;
  const load = (): void => void loadComposeUi().catch(() => undefined);
  if (typeof requestIdleCallback === 'function') requestIdleCallback(load, { timeout: 1000 });
  else setTimeout(load, 0);
}

/**
 * Mounts the compose panel in its own shadow root at the end of <body> (position: fixed, beside
 * the compose window); removed when `signal` aborts. Keys typed in it stay in it: the webmails
 * bind single-letter shortcuts on the document.
 */
export async function mountComposePanel(ctx: ContentScriptContext, signal: AbortSignal, input: ComposePanelInput): Promise<MountedComposePanel | undefined> {
  const ui = await loadComposeUi();
  if (signal.aborted) return undefined;
  const shadowUi = await createShadowRootUi<ComposeRenderer>(ctx, {
    name: COMPOSE_HOST_TAG,
    position: 'inline',
    anchor: 'body',
    append: 'last',
    // Closed: the webmail page cannot reach into it (host.shadowRoot is null), so it cannot read
    // what the panel shows (the user's bounce history, addresses). Our code holds the root WXT gives.
    mode: 'closed',
    isolateEvents: ['keydown', 'keyup', 'keypress'],
    onMount(container) {
      const wrapper = document.createElement('div');
      container.append(wrapper);
      return ui.renderComposePanel(wrapper, input);
    },
    onRemove(renderer) {
      renderer?.unmount();
    },
  });
  if (signal.aborted) return undefined;
  shadowUi.mount();
  signal.addEventListener('abort', () => shadowUi.remove(), { once: true });
  return { update: (next) => shadowUi.mounted?.update(next) };
}
