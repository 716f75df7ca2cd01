import { useEffect, useRef, useState } from 'react';
import { causeLabel } from '@/components/cause-label';
import { StoreProblemNotice } from '@/components/StoreProblemNotice';
import { useStoreProblem } from '@/components/use-tracked-recipients';
import type { Lang } from '@/lib/i18n/lang';
import { askBackground } from '@/lib/messaging/client';
import { exportCsv, exportJson, exportRawJson, MAX_IMPORT_BYTES } from '@/lib/tracker/exchange';
import { deleteTrackedBackup, readRawTrackedList, readTrackedBackup, watchStoreProblem, type TrackedBackup } from '@/lib/tracker/storage';
import type { TrackedRecipient } from '@/lib/tracker/model';
import { downloadText, exportFileName } from './download';
import type { OptionsStrings } from './strings';

type Message = { kind: 'ok' | 'error'; text: string; detail?: string };

/** Export (JSON, CSV), import (JSON, checked by the background before anything is stored) and clear all. */
export function DataSection({ list, lang, t }: { list: readonly TrackedRecipient[]; lang: Lang; t: OptionsStrings }) {
  const [message, setMessage] = useState<Message>();
  const [confirming, setConfirming] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const problem = useStoreProblem();
  const [backup, setBackup] = useState<TrackedBackup>();
  useEffect(() => {
    const read = (): void => void readTrackedBackup().then(setBackup, () => undefined);
    read();
    return watchStoreProblem(read);
  }, []);

  const exportRaw = async (): Promise<void> => {
    const now = Date.now();
    downloadText(exportRawJson(backup ?? (await readRawTrackedList()), now), exportFileName(now, 'json', 'raw'), 'application/json');
  };

  const exportAs = (format: 'json' | 'csv'): void => {
    const now = Date.now();
    if (format === 'json') {
      downloadText(exportJson(list, now), exportFileName(now, 'json'), 'application/json');
    } else {
      const csv = exportCsv(list, {
        header: t.csvHeader,
        state: (entry) => t.csvState[entry.state],
        cause: (entry) => causeLabel(entry, lang),
      });
      downloadText(csv, exportFileName(now, 'csv'), 'text/csv;charset=utf-8');
    }
  };

  const importFile = async (file: File): Promise<void> => {
    setMessage(undefined);
    if (file.size > MAX_IMPORT_BYTES) {
      setMessage({ kind: 'error', text: t.importRefused, detail: t.importProblem({ code: 'too-large', bytes: file.size }) });
      return;
    }
    try {
      const answer = await askBackground({ type: 'import-tracker', json: await file.text() });
      setMessage(
        answer.ok
          ? { kind: 'ok', text: t.importDone(answer.outcome) }
          : { kind: 'error', text: t.importRefused, detail: t.importProblem(answer.problem) },
      );
    } catch {
      setMessage({ kind: 'error', text: t.importRefused, detail: t.failed });
    }
  };

  const clearAll = async (): Promise<void> => {
    setConfirming(false);
    try {
      const removed = await askBackground({ type: 'clear-tracker' });
      setMessage({ kind: 'ok', text: t.cleared(removed) });
    } catch {
      setMessage({ kind: 'error', text: problem ? t.clearBlocked : t.failed });
    }
  };

  return (
    <section className="bn-card" aria-labelledby="bn-data-title">
      <h2 id="bn-data-title">{t.dataTitle}</h2>
      {problem && <StoreProblemNotice problem={problem} words={t.storeProblem} onExport={() => void exportRaw()} />}
      {backup && !problem && (
        <div className="bn-row-buttons" data-testid="bn-backup">
          <p>{t.backupKept(new Date(backup.savedAt).toLocaleString(lang === 'ja' ? 'ja-JP' : 'en-US'))}</p>
          <button type="button" onClick={() => void exportRaw()} data-testid="bn-backup-export">
            {t.backupExport}
          </button>
          <button type="button" className="bn-danger-outline" onClick={() => void deleteTrackedBackup().then(() => setBackup(undefined))} data-testid="bn-backup-delete">
            {t.backupDelete}
          </button>
        </div>
      )}
      <p data-testid="bn-data-count">{t.dataCount(list.length)}</p>
      <div className="bn-row-buttons">
        <button type="button" onClick={() => exportAs('json')} disabled={list.length === 0} data-testid="bn-export-json">
          {t.exportJson}
        </button>
        <button type="button" onClick={() => exportAs('csv')} disabled={list.length === 0} data-testid="bn-export-csv">
          {t.exportCsv}
        </button>
      </div>
      <p className="bn-help">{t.exportHelp}</p>
      <div className="bn-row-buttons">
        <button type="button" onClick={() => fileInput.current?.click()} data-testid="bn-import">
          {t.importLabel}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          hidden
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) void importFile(file);
          }}
          data-testid="bn-import-file"
        />
      </div>
      <p className="bn-help">{t.importHelp}</p>
      <div className="bn-row-buttons">
        {confirming ? (
          <div className="bn-confirm" role="alertdialog" aria-label={t.clearAll}>
            <p>{problem ? t.clearLockedConfirm : t.clearConfirm(list.length)}</p>
            <button type="button" className="bn-danger" onClick={() => void clearAll()} data-testid="bn-clear-yes">
              {t.clearYes}
            </button>
            <button type="button" onClick={() => setConfirming(false)} data-testid="bn-clear-no">
              {t.clearNo}
            </button>
          </div>
        ) : (
          <button type="button" className="bn-danger-outline" onClick={() => setConfirming(true)} disabled={list.length === 0 && !problem} data-testid="bn-clear">
            {t.clearAll}
          </button>
        )}
      </div>
      {message && (
        <div className={message.kind === 'ok' ? 'bn-ok' : 'bn-error'} role={message.kind === 'ok' ? 'status' : 'alert'} data-testid="bn-data-message">
          <p>{message.text}</p>
          {message.detail && <p>{message.detail}</p>}
        </div>
      )}
    </section>
  );
}
