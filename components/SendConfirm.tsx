import { useEffect, useRef } from 'react';
import type { GuardWarning } from '@/lib/guard/types';
import type { Lang } from '@/lib/i18n/lang';
import type { SendTrigger } from '@/lib/webmail/compose-dom';
import { composeText } from './compose-text';

export interface SendConfirmProps {
  warnings: readonly GuardWarning[];
  trigger: SendTrigger;
  lang: Lang;
  onBack: () => void;
  onSendAnyway: () => void;
}

/**
 * The question asked while Send is held: the warned recipients, 「戻って直す」 (focused: the safe
 * choice is the default, and Escape means it too) and 「このまま送信」.
 */
export function SendConfirm({ warnings, trigger, lang, onBack, onSendAnyway }: SendConfirmProps) {
  const t = composeText[lang];
  const back = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    back.current?.focus();
  }, []);
  return (
    <div
      role="alertdialog"
      aria-labelledby="bn-confirm-title"
      aria-describedby="bn-confirm-body"
      data-testid="bn-send-confirm"
      data-trigger={trigger}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onBack();
      }}
    >
      <h2 id="bn-confirm-title">{t.confirmTitle}</h2>
      <ul>
        {warnings.map((warning) => (
          <li key={warning.address} data-kind={warning.kind} className="bn-address">
            {warning.address}
          </li>
        ))}
      </ul>
      <p id="bn-confirm-body">
        {trigger === 'schedule' ? `${t.confirmSchedule} ` : ''}
        {t.confirmBody}
      </p>
      <div className="bn-actions">
        <button ref={back} type="button" className="bn-primary" data-testid="bn-confirm-back" onClick={onBack}>
          {t.back}
        </button>
        <button type="button" data-testid="bn-confirm-send" onClick={onSendAnyway}>
          {t.sendAnyway}
        </button>
      </div>
    </div>
  );
}
