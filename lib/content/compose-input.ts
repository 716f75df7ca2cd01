import type { GuardWarning } from '@/lib/guard/types';
import type { Lang } from '@/lib/i18n/lang';
import type { SendTrigger } from '@/lib/webmail/compose-dom';
import type { Theme } from '@/lib/webmail/theme';

/**
 * What the content script hands the compose UI (the warning beside the compose window and the
 * send confirmation). The UI is its own bundle (React, the texts), loaded only when a compose
 * window first has a warning, so this is the whole contract between the two.
 */
export interface ComposePanelInput {
  lang: Lang;
  theme: Theme;
  warnings: readonly GuardWarning[];
  /** Set while a send is held: the confirmation lists the warned recipients. */
  confirm?: { trigger: SendTrigger; warnings: readonly GuardWarning[] };
  /** Whether this webmail's chips can be replaced (Gmail), else the fix is copied (Outlook). */
  canReplace: boolean;
  /** Where the panel goes (fixed, viewport pixels), kept off the Send button by the content script. */
  place: PanelPlace;
  /** Addresses whose replace failed: the panel then offers the copy instead. */
  replaceFailed: readonly string[];
  onDismiss: (address: string) => void;
  onReplace: (address: string, corrected: string) => void;
  onBack: () => void;
  onSendAnyway: () => void;
}

export interface PanelPlace {
  top: number;
  left: number;
  width: number;
  maxHeight: number;
}

export interface ComposeRenderer {
  update(input: ComposePanelInput): void;
  unmount(): void;
}

/** The compose UI bundle's one export. */
export interface ComposeUiModule {
  renderComposePanel(container: HTMLElement, input: ComposePanelInput): ComposeRenderer;
}

/** The host element's tag: one per compose window with a warning. */
export const COMPOSE_HOST_TAG = 'bounce-navi-compose';

/** Where the build puts the compose UI bundle (modules/sidebar-ui.ts), relative to the extension root. */
export const COMPOSE_UI_FILE = 'content-scripts/compose-ui.js';

export const PANEL_WIDTH = 320;
const GAP = 8;

interface Box {
  top: number;
  left: number;
  right: number;
  bottom: number;
}

/**
 * Where the panel goes: beside the compose window (left, else right) when there is room; else
 * inside its right edge, ending above the Send button, so that it never covers Send.
 */
export function placePanel(compose: Box, send: Box | undefined, viewport: { width: number; height: number }): PanelPlace {
  const top = Math.max(GAP, compose.top);
  const besideHeight = viewport.height - top - GAP;
  if (compose.left - PANEL_WIDTH - GAP >= 0) return { top, left: compose.left - PANEL_WIDTH - GAP, width: PANEL_WIDTH, maxHeight: besideHeight };
  if (compose.right + GAP + PANEL_WIDTH <= viewport.width) return { top, left: compose.right + GAP, width: PANEL_WIDTH, maxHeight: besideHeight };
  // No room beside it: inside the compose's right edge (the recipients start at the left, and
  // Gmail's send menu opens at the left), ending above the Send button's row.
  const width = Math.min(PANEL_WIDTH, viewport.width - 2 * GAP);
  const left = Math.max(GAP, Math.min(compose.right - width - GAP, viewport.width - width - GAP));
  const limit = send ? send.top - GAP : viewport.height - GAP;
  return { top, left, width, maxHeight: Math.max(120, limit - top) };
}
