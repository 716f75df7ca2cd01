import { useMemo, useState, type DragEvent } from 'react';
import { ReportView } from '@/components/ReportView';
import type { BounceReport } from '@/lib/bounce/types';
import { explainPort } from '@/lib/content/explain-port';
import { buildReportView, type HistoryView } from '@/lib/content/sidebar-model';
import type { Lang } from '@/lib/i18n/lang';
import { bytesToBase64 } from '@/lib/messaging/base64';
import { askBackground } from '@/lib/messaging/client';
import type { OptionsStrings } from './strings';

/** The bounce key of a mail checked by hand: its Message-ID, else a SHA-256 of the source. */
export async function manualMessageKey(report: BounceReport, bytes: Uint8Array): Promise<string> {
  const messageId = report.notice?.messageId.trim() ?? '';
  if (messageId !== '') return `manual:${messageId}`;
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
  return `manual:sha256:${Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}

type Source = { kind: 'text' } | { kind: 'file'; name: string; bytes: Uint8Array };

/**
 * For mail read outside Gmail and Outlook: paste the source or drop an .eml file, see the same
 * explanation as the sidebar, and optionally add the result to the tracker (source 'manual').
 * The mail is classified by the background, like in the webmail; it never leaves the browser.
 */
export function ManualCheck({ t, lang, softToHardThreshold }: { t: OptionsStrings; lang: Lang; softToHardThreshold: number }) {
  const [text, setText] = useState('');
  const [source, setSource] = useState<Source>({ kind: 'text' });
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ report: BounceReport; bytes: Uint8Array; histories?: readonly HistoryView[] }>();
  const [note, setNote] = useState<string>();
  // The same explanation as the sidebar (components/ReportView.tsx), with the tracker's history once recorded.
  const view = useMemo(
    () => result && buildReportView(result.report, lang, explainPort, { histories: result.histories, softBounceLimit: softToHardThreshold }),
    [result, lang, softToHardThreshold],
  );
  const dark = useMemo(() => window.matchMedia('(prefers-color-scheme: dark)').matches, []);

  const takeFile = async (file: File | undefined): Promise<void> => {
    if (!file) return;
    setSource({ kind: 'file', name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
    setResult(undefined);
    setNote(undefined);
  };

  const analyse = async (): Promise<void> => {
    const bytes = source.kind === 'file' ? source.bytes : new TextEncoder().encode(text);
    setResult(undefined);
    setNote(undefined);
    if (bytes.length === 0 || (source.kind === 'text' && text.trim() === '')) {
      setNote(t.manualEmpty);
      return;
    }
    setBusy(true);
    try {
      const report = await askBackground({ type: 'classify', rawBase64: bytesToBase64(bytes) });
      setResult({ report, bytes });
    } catch {
      setNote(t.failed);
    } finally {
      setBusy(false);
    }
  };

  const record = async (): Promise<void> => {
    if (!result) return;
    try {
      const messageKey = await manualMessageKey(result.report, result.bytes);
      const answer = await askBackground({ type: 'record-bounce', messageKey, source: 'manual', report: result.report });
      const { histories } = answer;
      setResult({ ...result, histories });
      setNote(
        answer.ownership === 'not-ours'
          ? t.manualNotOurs
          : answer.refused
            ? t.manualStoreLocked
            : histories.length > 0
              ? t.manualRecorded(histories.length)
              : t.manualNothingToRecord,
      );
    } catch {
      setNote(t.failed);
    }
  };

  const onDrop = (event: DragEvent<HTMLElement>): void => {
    event.preventDefault();
    void takeFile(event.dataTransfer.files[0]);
  };
  const recordable = result && result.report.kind !== 'not-bounce' && result.report.kind !== 'unparsed';

  return (
    <section
      className="bn-card"
      aria-labelledby="bn-manual-title"
      onDragOver={(event) => event.preventDefault()}
      onDrop={onDrop}
      data-testid="bn-manual"
    >
      <h2 id="bn-manual-title">{t.manualTitle}</h2>
      <p className="bn-help">{t.manualHelp}</p>
      <label className="bn-field">
        <span>{t.manualPasteLabel}</span>
        <textarea
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setSource({ kind: 'text' });
          }}
          placeholder={t.manualPlaceholder}
          rows={8}
          spellCheck={false}
          data-testid="bn-manual-source"
        />
      </label>
      <div className="bn-row-buttons">
        <label className="bn-file">
          {t.manualFileLabel}
          <input
            type="file"
            accept=".eml,message/rfc822"
            onChange={(event) => {
              void takeFile(event.target.files?.[0]);
              event.target.value = '';
            }}
            data-testid="bn-manual-file"
          />
        </label>
        <span className="bn-help">{source.kind === 'file' ? t.manualFileChosen(source.name) : t.manualDropHint}</span>
      </div>
      <div className="bn-row-buttons">
        <button type="button" className="bn-primary" onClick={() => void analyse()} disabled={busy} data-testid="bn-manual-analyse">
          {busy ? t.manualAnalysing : t.manualAnalyse}
        </button>
      </div>
      {result && view && (
        <div className="bn-manual-result" data-testid="bn-manual-result">
          <div className={`bn-sidebar bn-theme-${dark ? 'dark' : 'light'}`} lang={lang}>
            <ReportView view={view} />
          </div>
          {recordable && (
            <button type="button" onClick={() => void record()} data-testid="bn-manual-record">
              {t.manualRecord}
            </button>
          )}
        </div>
      )}
      {note && (
        <p className="bn-status" role="status" data-testid="bn-manual-note">
          {note}
        </p>
      )}
    </section>
  );
}
