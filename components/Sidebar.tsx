import { useId, useState } from 'react';
import type { ReportViewModel } from '@/lib/content/sidebar-model';
import type { Lang } from '@/lib/i18n/lang';
import type { Theme } from '@/lib/webmail/theme';
import { ReportView } from './ReportView';
import { sidebarText } from './sidebar-text';

/** What the sidebar is showing: reading, the report, or the fact that no answer came. */
export type SidebarState = { status: 'loading' } | { status: 'ready'; view: ReportViewModel } | { status: 'no-answer'; detail: string };

export interface SidebarProps {
  state: SidebarState;
  lang: Lang;
  theme: Theme;
  onClose: () => void;
  /** The webmail account the page is on: "resend" drafts open there. */
  account?: string;
}

/** The panel beside the webmail's message: a header with collapse and close, then the report. */
export function Sidebar({ state, lang, theme, onClose, account }: SidebarProps) {
  const [collapsed, setCollapsed] = useState(false);
  const bodyId = useId();
  const text = sidebarText[lang];
  const tone = state.status === 'ready' ? state.view.tone : 'unknown';
  return (
    <aside
      className={`bn-sidebar bn-theme-${theme}${collapsed ? ' bn-collapsed' : ''}`}
      data-testid="bn-sidebar"
      data-theme={theme}
      data-status={state.status}
      aria-label={text.regionLabel}
      lang={lang}
    >
      <header className={`bn-header bn-header-${tone}`}>
        <h2 className="bn-title">{text.product}</h2>
        <div className="bn-header-buttons">
          <button
            type="button"
            className="bn-icon-button"
            aria-expanded={!collapsed}
            aria-controls={bodyId}
            aria-label={collapsed ? text.expand : text.collapse}
            title={collapsed ? text.expand : text.collapse}
            data-testid="bn-collapse"
            onClick={() => setCollapsed(!collapsed)}
          >
            <span aria-hidden="true">{collapsed ? '▾' : '▴'}</span>
          </button>
          <button
            type="button"
            className="bn-icon-button"
            aria-label={text.close}
            title={text.close}
            data-testid="bn-close"
            onClick={onClose}
          >
            <span aria-hidden="true">×</span>
          </button>
        </div>
      </header>
      <div className="bn-body" id={bodyId} hidden={collapsed}>
        {state.status === 'loading' ? (
          <p className="bn-loading" role="status" data-testid="bn-loading">
            {text.loading}
          </p>
        ) : state.status === 'no-answer' ? (
          <div className="bn-verdict bn-tone-unknown" data-testid="bn-verdict">
            <h3 className="bn-headline" data-testid="bn-headline">
              {text.unreadable}
            </h3>
            <p className="bn-lead">{text.noAnswer}</p>
            {state.detail ? <p className="bn-note">{state.detail}</p> : null}
          </div>
        ) : (
          <ReportView view={state.view} account={account} />
        )}
      </div>
    </aside>
  );
}
