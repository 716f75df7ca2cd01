import { useEffect, useMemo, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import { TrackedList } from '@/components/TrackedList';
import { copyText } from '@/components/CopyButton';
import { useSendingState, useSettings, useStoreProblem, useTrackedRecipients, useTrackerDigest, useUiLang } from '@/components/use-tracked-recipients';
import { StoreProblemNotice } from '@/components/StoreProblemNotice';
import { downloadText, exportFileName } from '@/components/download';
import { exportRawJson } from '@/lib/tracker/exchange';
import { readRawTrackedList } from '@/lib/tracker/storage';
import { askBackground } from '@/lib/messaging/client';
import type { TrackedRecipient } from '@/lib/tracker/model';
import { countByFilter, hardBurstOf, recentHardBurst, visibleRecipients, type TrackerFilter } from '@/lib/tracker/summary';
import { popupStrings } from './strings';
import { causeLabel } from '@/components/cause-label';
import { useListBudget } from './list-budget';
import { CarrierRequest } from './CarrierRequest';
import { SendingWarning } from './SendingWarning';
import { DEFAULT_GMAIL_ACCOUNT, DEFAULT_OUTLOOK_ACCOUNT, resendComposeUrl } from '@/lib/webmail/compose';

/**
 * The popup's "resend": the compose window of the account the bounce was read in (stored with
 * the entry), else the default account of its webmail. The tracker keeps no subject or text.
 */
function resendUrlOf(entry: TrackedRecipient): string | undefined {
  if (!entry.suggested) return undefined;
  const account = entry.webmailAccount ?? (entry.source === 'outlook' ? DEFAULT_OUTLOOK_ACCOUNT : DEFAULT_GMAIL_ACCOUNT);
  return resendComposeUrl(account, { to: entry.suggested, subject: '', originalText: '' }, { quoteHeading: '', cut: '' });
}

const FILTERS: readonly TrackerFilter[] = ['all', 'hard', 'soft'];

/** Marks a paint for scripts/bench/popup.mjs (a user timing mark; no cost to users). */
function markPainted(name: 'bn-list-painted' | 'bn-full-list-painted'): void {
  requestAnimationFrame(() => {
    if (performance.getEntriesByName(name).length === 0) performance.mark(name);
  });
}

export function App() {
  const settings = useSettings();
  const digest = useTrackerDigest();
  const list = useTrackedRecipients();
  const storeProblem = useStoreProblem();
  const sending = useSendingState();
  const lang = useUiLang(settings);
  const t = popupStrings[lang];
  const [filter, setFilter] = useState<TrackerFilter>('all');
  const [search, setSearch] = useState('');
  const [failed, setFailed] = useState(false);
  const [now] = useState(() => Date.now());
  const mainRef = useRef<HTMLElement>(null);
  const listBudget = useListBudget(mainRef);

  useEffect(() => {
    // The badge counts a moving 7-day window: opening the popup redraws it.
    askBackground({ type: 'refresh-badge' }).catch(() => undefined);
  }, []);
  // Until the full list has loaded, the first screen comes from the digest (newest rows, counts).
  const rows = list ?? digest?.newest;
  useEffect(() => {
    if (rows) markPainted('bn-list-painted');
    if (list) markPainted('bn-full-list-painted');
  }, [rows, list]);

  const shown = useMemo(() => (rows ? visibleRecipients(rows, filter, search) : []), [rows, filter, search]);
  const counts = useMemo(() => (list ? countByFilter(list) : (digest?.counts ?? { hard: 0, soft: 0, all: 0 })), [list, digest]);
  const burst = useMemo(
    () => (list ? recentHardBurst(list, now) : digest ? hardBurstOf(digest.recentFlags, now) : 0),
    [list, digest, now],
  );
  const formatDate = useMemo(() => {
    const sameYear = new Intl.DateTimeFormat(t.dateLocale, { month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit' });
    const otherYear = new Intl.DateTimeFormat(t.dateLocale, { year: 'numeric', month: 'numeric', day: 'numeric' });
    const year = new Date(now).getFullYear();
    return (ms: number) => (new Date(ms).getFullYear() === year ? sameYear : otherYear).format(ms);
  }, [t.dateLocale, now]);

  const send = (request: Parameters<typeof askBackground>[0]): void => {
    setFailed(false);
    askBackground(request).catch(() => setFailed(true));
  };

  const exportRaw = async (): Promise<void> => {
    const at = Date.now();
    downloadText(exportRawJson(await readRawTrackedList(), at), exportFileName(at, 'json', 'raw'), 'application/json');
  };

  return (
    <main className="popup" data-testid="bn-popup" lang={lang} ref={mainRef}>
      <header className="bn-header">
        <h1>{t.title}</h1>
        <p className="bn-note">{t.badgeNote}</p>
      </header>
      {storeProblem && (
        <StoreProblemNotice
          problem={storeProblem}
          words={t.storeProblem}
          onExport={() => void exportRaw()}
        />
      )}
      <SendingWarning state={sending} lang={lang} t={t} now={now} formatDate={formatDate} onResolve={() => send({ type: 'resolve-sending' })} />
      {burst > 0 && (
        <p className="bn-warning" role="alert" data-testid="bn-burst-warning">
          {t.burstWarning(burst)}
        </p>
      )}
      {failed && (
        <p className="bn-warning" role="alert">
          {t.actionFailed}
        </p>
      )}
      {!rows ? (
        <p className="bn-note">{t.loading}</p>
      ) : counts.all === 0 ? (
        <section className="bn-empty" data-testid="bn-empty">
          <h2>{t.emptyTitle}</h2>
          {t.emptyBody.map((paragraph) => (
            <p key={paragraph}>{paragraph}</p>
          ))}
        </section>
      ) : (
        <section>
          <div className="bn-tools">
            <div className="bn-filters" role="group" aria-label={t.filterLabel}>
              {FILTERS.map((id) => (
                <button
                  key={id}
                  type="button"
                  aria-pressed={filter === id}
                  disabled={!list}
                  onClick={() => setFilter(id)}
                  data-testid={`bn-filter-${id}`}
                >
                  {t.filters[id]} {counts[id]}
                </button>
              ))}
            </div>
            <input
              type="search"
              value={search}
              onChange={(event) => setSearch(event.target.value)}
              placeholder={t.searchPlaceholder}
              aria-label={t.searchLabel}
              disabled={!list}
              data-testid="bn-search"
            />
          </div>
          {shown.length === 0 ? (
            <p className="bn-note">{t.noMatch}</p>
          ) : (
            <TrackedList
              recipients={shown}
              strings={t.list}
              causeOf={(entry: TrackedRecipient) => causeLabel(entry, lang)}
              formatDate={formatDate}
              onCopy={(text) => copyText(text, document.body)}
              onUnflag={(address) => send({ type: 'unflag-recipient', address })}
              onDelete={(address) => send({ type: 'delete-recipient', address })}
              resendUrlOf={resendUrlOf}
              maxHeight={listBudget}
            />
          )}
        </section>
      )}
      <details className="bn-guide" data-testid="bn-silent-guide">
        <summary>{t.guideTitle}</summary>
        <p>{t.guideIntro}</p>
        <p>{t.guideAsk}</p>
        <ul>
          {t.guideSteps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ul>
        <p>{t.guideAfter}</p>
        <CarrierRequest t={t} ownDomain={sending?.ownDomain} />
      </details>
      <footer className="bn-footer">
        <button type="button" className="bn-link" onClick={() => void browser.runtime.openOptionsPage()} data-testid="bn-open-options">
          {t.openOptions}
        </button>
      </footer>
    </main>
  );
}
