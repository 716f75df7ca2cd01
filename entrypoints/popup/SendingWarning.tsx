import { useMemo, useState } from 'react';
import { copyText } from '@/components/CopyButton';
import { explainSending } from '@/lib/explain/sending';
import { SENDING_KINDS } from '@/lib/explain/story';
import type { Lang } from '@/lib/i18n/lang';
import { activeIncidents, SENDING_QUIET_PERIOD_MS, type SendingState } from '@/lib/tracker/sending';
import type { PopupStrings } from './strings';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The "your sending" warning: what the sender-side bounces mean, that other recipients are hit
 * too, who can fix it, one copyable report for the mail administrator, and "fixed".
 */
export function SendingWarning(props: {
  state: SendingState | undefined;
  lang: Lang;
  t: PopupStrings;
  now: number;
  formatDate: (ms: number) => string;
  onResolve: () => void;
}) {
  const { state, lang, t, now, formatDate, onResolve } = props;
  const [copied, setCopied] = useState<boolean>();
  const warning = useMemo(
    () =>
      state ? explainSending(activeIncidents(state, now), lang, formatDate, Math.round(SENDING_QUIET_PERIOD_MS / DAY_MS), SENDING_KINDS) : undefined,
    [state, lang, now, formatDate],
  );
  if (!warning) return null;
  return (
    <section className="bn-sending" role="alert" data-testid="bn-sending-warning" data-kind={warning.kind}>
      <h2 className="bn-sending-heading">{t.sending.heading}</h2>
      <p className="bn-sending-title" data-testid="bn-sending-title">
        {warning.title}
      </p>
      <p>{warning.meaning}</p>
      <p data-testid="bn-sending-others">{warning.others}</p>
      <p>
        <strong>{t.sending.who}: </strong>
        {warning.who}
      </p>
      <p className="bn-note">{warning.count}</p>
      <details className="bn-sending-report">
        <summary>{t.sending.report}</summary>
        <pre className="bn-report-text" data-testid="bn-sending-report">
          {warning.report}
        </pre>
      </details>
      <div className="bn-sending-actions">
        <button
          type="button"
          className="bn-primary"
          data-testid="bn-copy-sending-report"
          onClick={() => void copyText(warning.report, document.body).then(setCopied)}
        >
          {copied === undefined ? t.sending.copyReport : copied ? t.sending.copied : t.sending.copyFailed}
        </button>
        <button type="button" data-testid="bn-resolve-sending" onClick={onResolve}>
          {t.sending.resolve}
        </button>
      </div>
      <p className="bn-note">{warning.quiet}</p>
    </section>
  );
}
