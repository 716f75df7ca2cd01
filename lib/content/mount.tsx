import { browser } from 'wxt/browser';
import { createShadowRootUi, type ContentScriptContext } from '#imports';
import { SIDEBAR_HOST_TAG, type SidebarInput, type SidebarRenderer, type SidebarUiModule } from './sidebar-input';
import { SIDEBAR_UI_FILE } from './sidebar-ui-file';

export interface MountedSidebar {
  update(input: SidebarInput): void;
}

let sidebarUi: Promise<SidebarUiModule> | undefined;

/**
 * The sidebar UI bundle, imported once, on the first bounce. A content script may import() its
 * extension's web-accessible modules (Chrome 61+, Firefox 89+); the module runs in the
 * content script's world, not the page's.
 */
function loadSidebarUi(): Promise<SidebarUiModule> {
  sidebarUi ??= import(/* @vite-ignore */ browser.runtime.getURL(`/${SIDEBAR_UI_FILE}`)) as Promise<SidebarUiModule>;
  sidebarUi.catch(() => {
    sidebarUi = undefined;
  });
  return sidebarUi;
}

/**
 * Mounts the sidebar in its own shadow root at the end of <body> (position: fixed, so the
 * webmail's layout is untouched); removed when `signal` aborts. Keys typed in the sidebar stay
 * in it: Gmail and Outlook bind single-letter shortcuts on the document.
 */
export async function mountSidebar(ctx: ContentScriptContext, signal: AbortSignal, input: SidebarInput): Promise<MountedSidebar | undefined> {
  const ui = await loadSidebarUi();
  if (signal.aborted) return undefined;
  const shadowUi = await createShadowRootUi<SidebarRenderer>(ctx, {
    name: SIDEBAR_HOST_TAG,
    position: 'inline',
    anchor: 'body',
    append: 'last',
    // Closed: the webmail page cannot reach into it (host.shadowRoot is null), so it cannot read
    // what the sidebar shows (the user's bounce history, addresses). Our code holds the root WXT gives.
    mode: 'closed',
    isolateEvents: ['keydown', 'keyup', 'keypress'],
    onMount(container) {
      const wrapper = document.createElement('div');
      container.append(wrapper);
      return ui.renderSidebar(wrapper, input);
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
