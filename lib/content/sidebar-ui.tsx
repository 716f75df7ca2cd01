import { createRoot } from 'react-dom/client';
import { Sidebar, type SidebarState } from '@/components/Sidebar';
import { explainPort } from './explain-port';
import type { PanelState, SidebarInput, SidebarRenderer } from './sidebar-input';
import { buildReportView } from './sidebar-model';

/** The report as the sidebar shows it; an explanation that fails says so instead of going blank. */
function sidebarStateOf(state: PanelState, input: SidebarInput): SidebarState {
  if (state.status !== 'ready') return state;
  try {
    return { status: 'ready', view: buildReportView(state.report, input.lang, explainPort, {
        histories: state.histories,
        source: state.source,
        softBounceLimit: state.softToHardThreshold,
        earlierFailed: state.earlierFailed,
        ...(state.tracking ? { tracking: state.tracking } : {}),
      }) };
  } catch (error) {
    return { status: 'no-answer', detail: error instanceof Error ? error.message : String(error) };
  }
}

/** Renders the sidebar into a container of its shadow root; the content script updates and removes it. */
export function renderSidebar(container: HTMLElement, input: SidebarInput): SidebarRenderer {
  const root = createRoot(container);
  const render = (next: SidebarInput): void => {
    root.render(<Sidebar state={sidebarStateOf(next.state, next)} lang={next.lang} theme={next.theme} onClose={next.onClose} account={next.account} />);
  };
  render(input);
  return { update: render, unmount: () => root.unmount() };
}
