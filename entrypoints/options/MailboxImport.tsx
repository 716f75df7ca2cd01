import { useEffect, useRef, useState } from 'react';
import { askBackground } from '@/lib/messaging/client';
import { importMailboxes, type ImportProgress, type ImportTally } from './mailbox-import';
import type { OptionsStrings } from './strings';

type ImportState =
  | { status: 'idle' }
  | { status: 'running'; progress?: ImportProgress }
  | { status: 'done' | 'cancelled'; tally: ImportTally }
  | { status: 'failed'; detail: string };

/** Past bounces from .mbox / .eml files: a progress bar, a cancel button, and a summary. */
export function MailboxImport({ t }: { t: OptionsStrings }) {
  const [state, setState] = useState<ImportState>({ status: 'idle' });
  const running = useRef<AbortController | undefined>(undefined);
  const fileInput = useRef<HTMLInputElement>(null);
  // Leaving the page stops the reading (nothing of the file being read is recorded).
  useEffect(() => () => running.current?.abort(), []);

  const start = async (files: readonly File[]): Promise<void> => {
    running.current?.abort();
    const controller = new AbortController();
    running.current = controller;
    setState({ status: 'running' });
    try {
      const result = await importMailboxes(files, {
        record: (request) => askBackground(request),
        onProgress: (progress) => {
          if (!controller.signal.aborted) setState({ status: 'running', progress });
        },
        signal: controller.signal,
      });
      setState({ status: result.status, tally: result.tally });
    } catch (error) {
      setState({ status: 'failed', detail: error instanceof Error ? error.message : String(error) });
    } finally {
      if (running.current === controller) running.current = undefined;
    }
  };

  const progress = state.status === 'running' ? state.progress : undefined;
  const percent = progress && progress.bytesTotal > 0 ? Math.min(100, Math.floor((progress.bytesRead / progress.bytesTotal) * 100)) : 0;
  return (
    <section className="bn-card" aria-labelledby="bn-mailbox-title" data-testid="bn-mailbox-import">
      <h2 id="bn-mailbox-title">{t.mailboxTitle}</h2>
      <p className="bn-help">{t.mailboxHelp}</p>
      <div className="bn-row-buttons">
        <button type="button" onClick={() => fileInput.current?.click()} disabled={state.status === 'running'} data-testid="bn-mailbox-choose">
          {t.mailboxChoose}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".mbox,.mbx,.eml,application/mbox,message/rfc822"
          multiple
          hidden
          onChange={(event) => {
            const files = [...(event.target.files ?? [])];
            event.target.value = '';
            if (files.length > 0) void start(files);
          }}
          data-testid="bn-mailbox-file"
        />
        {state.status === 'running' && (
          <button type="button" className="bn-danger-outline" onClick={() => running.current?.abort()} data-testid="bn-mailbox-cancel">
            {t.mailboxCancel}
          </button>
        )}
      </div>
      {state.status === 'running' && (
        <div className="bn-mailbox-progress">
          <progress max={100} value={percent} aria-labelledby="bn-mailbox-status" data-testid="bn-mailbox-progress" />
          <p id="bn-mailbox-status" className="bn-status" role="status" data-testid="bn-mailbox-status">
            {progress ? t.mailboxReading(progress.fileName, percent, progress.tally.read) : ''}
          </p>
        </div>
      )}
      {(state.status === 'done' || state.status === 'cancelled') && (
        <div className={state.status === 'done' ? 'bn-ok' : 'bn-error'} role="status" data-testid="bn-mailbox-summary" data-status={state.status}>
          <p>{state.status === 'done' ? t.mailboxDone(state.tally) : t.mailboxCancelled(state.tally.filesDone)}</p>
          {state.status === 'done' && t.mailboxSkipped(state.tally).length > 0 && (
            <ul data-testid="bn-mailbox-skipped">
              {t.mailboxSkipped(state.tally).map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {state.status === 'failed' && (
        <div className="bn-error" role="alert" data-testid="bn-mailbox-summary" data-status="failed">
          <p>{t.mailboxFailed}</p>
          <p>{state.detail}</p>
        </div>
      )}
    </section>
  );
}
