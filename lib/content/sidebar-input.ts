import type { BounceReport } from '@/lib/bounce/types';
import type { Lang } from '@/lib/i18n/lang';
import type { Theme } from '@/lib/webmail/theme';
import type { HistoryView, SourceNote, TrackingView } from './sidebar-model';

/**
 * What the content script hands the sidebar UI. The UI (React, the explanations) is a separate
 * bundle loaded only when a bounce is found, so this is the whole contract between the two.
 */
export type PanelState =
  | { status: 'loading' }
  | {
      status: 'ready';
      report: BounceReport;
      histories?: readonly HistoryView[];
      /** What the tracker did with the bounce, once it has answered. */
      tracking?: TrackingView;
      source?: SourceNote;
      softToHardThreshold?: number;
      /** Recipients of the same sent mail that bounced earlier (the tracker's sent-mail index). */
      earlierFailed?: readonly string[];
    }
  | { status: 'no-answer'; detail: string };

export interface SidebarInput {
  state: PanelState;
  lang: Lang;
  theme: Theme;
  onClose: () => void;
  /** The webmail account the page is on (lib/webmail/compose.ts): resend drafts open there. */
  account?: string;
}

export interface SidebarRenderer {
  update(input: SidebarInput): void;
  unmount(): void;
}

/** The sidebar UI bundle's one export. */
export interface SidebarUiModule {
  renderSidebar(container: HTMLElement, input: SidebarInput): SidebarRenderer;
}

/** The host element's tag (WXT's createShadowRootUi `name`); our only node in the webmail's DOM. */
export const SIDEBAR_HOST_TAG = 'bounce-navi-sidebar';
