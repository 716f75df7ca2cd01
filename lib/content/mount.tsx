import { createShadowRootUi, type ContentScriptContext } from '#imports';
import { SIDEBAR_HOST_TAG, type SidebarInput, type SidebarRenderer, type SidebarUiModule } from './sidebar-input';
import * as sidebarUi from './sidebar-ui';

export interface MountedSidebar {
  update(input: SidebarInput): void;
}

/** The sidebar UI bundle. */
function loadSidebarUi(): Promise<SidebarUiModule> {
  return Promise.resolve(sidebarUi);
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
