import { createShadowRootUi, type ContentScriptContext } from '#imports';
import { createRoot } from 'react-dom/client';
import type { BounceReport } from '@/lib/bounce/types';
import { Sidebar } from '@/components/Sidebar';

/** Mounts the sidebar in its own shadow root; returns the function that removes it. */
export async function mountSidebar(
  ctx: ContentScriptContext,
  anchor: Element,
  report: BounceReport,
): Promise<() => void> {
  const ui = await createShadowRootUi(ctx, {
    name: 'bounce-navi-sidebar',
    position: 'inline',
    anchor,
    append: 'last',
    onMount(container) {
      const wrapper = document.createElement('div');
      container.append(wrapper);
      const root = createRoot(wrapper);
      root.render(<Sidebar report={report} />);
      return { root, wrapper };
    },
    onRemove(mounted) {
      mounted?.root.unmount();
      mounted?.wrapper.remove();
    },
  });
  ui.mount();
  return () => ui.remove();
}
