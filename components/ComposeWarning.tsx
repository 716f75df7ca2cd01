import { useState } from 'react';
import type { ReasonId } from '@/lib/bounce/types';
import { enReasonLabels } from '@/lib/explain/en/labels';
import { jaReasonLabels } from '@/lib/explain/ja/labels';
import type { GuardWarning } from '@/lib/guard/types';
import type { Lang } from '@/lib/i18n/lang';
import { copyText } from './CopyButton';
import { composeText, type ComposeText } from './compose-text';

export interface ComposeWarningProps {
  warnings: readonly GuardWarning[];
  lang: Lang;
  canReplace: boolean;
  replaceFailed: readonly string[];
  onDismiss: (address: string) => void;
  onReplace: (address: string, corrected: string) => void;
}

/**
 * The reason in a few words: lib/explain's short labels, read from their tables directly so
 * that the compose UI bundle does not carry the whole explanation catalog (it loads when the
 * first warning shows, and its size is that warning's delay).
 */
function reasonLabel(reason: ReasonId, lang: Lang): string {
  const labels = lang === 'ja' ? jaReasonLabels : enReasonLabels;
  return labels[reason] ?? labels.undefined;
}

function dateOf(epoch: number, lang: Lang): string {
  return new Intl.DateTimeFormat(lang === 'ja' ? 'ja-JP' : 'en-GB', { year: 'numeric', month: 'short', day: 'numeric' }).format(epoch);
}

/** The warning's sentences: what is wrong with this recipient, in plain words. */
export function warningLines(warning: GuardWarning, lang: Lang, t: ComposeText): string[] {
  switch (warning.kind) {
    case 'flagged':
      return [
        t.flagged(warning.address, reasonLabel(warning.reason, lang), dateOf(warning.bouncedAt, lang), warning.totalBounces),
        ...(warning.suggested ? [t.trackerFix(warning.suggested)] : []),
      ];
    case 'soft':
      return [t.soft(warning.address, reasonLabel(warning.reason, lang), warning.softRun, dateOf(warning.lastSeen, lang))];
    case 'typo':
      return [t.typo(warning.address, warning.suggested)];
    case 'undeliverable':
      return [t.undeliverable(warning.address), ...warning.problems.map((problem) => t.problems[problem])];
  }
}

function CopyFix({ text, address, t }: { text: string; address: string; t: ComposeText }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  return (
    <>
      <button
        type="button"
        className="bn-primary"
        data-testid="bn-guard-copy"
        onClick={(event) => {
          void copyText(text, event.currentTarget).then((ok) => setState(ok ? 'copied' : 'failed'));
        }}
      >
        {t.copyFix}
      </button>
      <span role="status">{state === 'copied' ? t.copied : state === 'failed' ? t.copyFailed : ''}</span>
      <p>{t.copyHow(address)}</p>
    </>
  );
}

/** One recipient's warning, its fix and its dismiss button. */
function WarningItem({ warning, lang, canReplace, replaceFailed, onDismiss, onReplace }: Omit<ComposeWarningProps, 'warnings'> & { warning: GuardWarning }) {
  const t = composeText[lang];
  const fix = 'suggested' in warning ? warning.suggested : undefined;
  const failed = replaceFailed.includes(warning.address.toLowerCase());
  return (
    <li data-kind={warning.kind} data-testid="bn-guard-warning" data-address={warning.address}>
      {warningLines(warning, lang, t).map((line, i) => (
        <p key={i} className={i === 0 ? 'bn-address' : undefined}>
          {line}
        </p>
      ))}
      {failed ? <p role="alert">{t.replaceFailed}</p> : null}
      <div className="bn-actions">
        {fix && canReplace && !failed ? (
          <button type="button" className="bn-primary" data-testid="bn-guard-replace" onClick={() => onReplace(warning.address, fix)}>
            {t.replace(fix)}
          </button>
        ) : null}
        {fix && (!canReplace || failed) ? <CopyFix text={fix} address={warning.address} t={t} /> : null}
        <button type="button" aria-label={t.dismissLabel(warning.address)} data-testid="bn-guard-dismiss" onClick={() => onDismiss(warning.address)}>
          {t.dismiss}
        </button>
      </div>
    </li>
  );
}

/** The warnings beside the compose window: text only, one item per warned recipient. */
export function ComposeWarning(props: ComposeWarningProps) {
  const t = composeText[props.lang];
  return (
    <>
      <h2 id="bn-guard-title">{t.title}</h2>
      <p className="bn-count" role="status" data-testid="bn-guard-count">
        {t.count(props.warnings.length)}
      </p>
      <ul aria-labelledby="bn-guard-title">
        {props.warnings.map((warning) => (
          <WarningItem key={warning.address} warning={warning} {...props} />
        ))}
      </ul>
    </>
  );
}
