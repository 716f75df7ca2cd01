import { useState } from 'react';
import type { LangSetting } from '@/lib/i18n/lang';
import { askBackground } from '@/lib/messaging/client';
import { MAX_SOFT_TO_HARD_THRESHOLD, MIN_SOFT_TO_HARD_THRESHOLD } from '@/lib/tracker/model';
import type { Settings } from '@/lib/tracker/settings';
import type { OptionsStrings } from './strings';

const LANGUAGES: readonly LangSetting[] = ['auto', 'ja', 'en'];
const GUARD_FLAGS = ['guardEnabled', 'guardConfirmSend', 'guardSoftWarns'] as const;

/** The soft-to-hard threshold, the language and the pre-send guard. Saved through the background at each change. */
export function SettingsSection({ settings, t }: { settings: Settings; t: OptionsStrings }) {
  const [draft, setDraft] = useState(String(settings.softToHardThreshold));
  const [stored, setStored] = useState(settings.softToHardThreshold);
  const [status, setStatus] = useState<'saved' | 'failed'>();
  // Follow a threshold changed elsewhere (another options tab) without losing the status line.
  if (stored !== settings.softToHardThreshold) {
    setStored(settings.softToHardThreshold);
    setDraft(String(settings.softToHardThreshold));
  }

  const save = (patch: Partial<Settings>): void => {
    setStatus(undefined);
    askBackground({ type: 'update-settings', settings: patch }).then(
      (saved) => {
        setDraft(String(saved.softToHardThreshold));
        setStatus('saved');
      },
      () => setStatus('failed'),
    );
  };
  const commitThreshold = (): void => {
    const value = Number(draft);
    if (draft.trim() === '' || !Number.isFinite(value)) {
      setDraft(String(settings.softToHardThreshold));
      return;
    }
    if (value !== settings.softToHardThreshold) save({ softToHardThreshold: value });
  };

  return (
    <section className="bn-card" aria-labelledby="bn-settings-title">
      <h2 id="bn-settings-title">{t.settingsTitle}</h2>
      <label className="bn-field">
        <span>{t.thresholdLabel}</span>
        <input
          type="number"
          min={MIN_SOFT_TO_HARD_THRESHOLD}
          max={MAX_SOFT_TO_HARD_THRESHOLD}
          step={1}
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          onBlur={commitThreshold}
          onKeyDown={(event) => {
            if (event.key === 'Enter') commitThreshold();
          }}
          data-testid="bn-threshold"
        />
      </label>
      <p className="bn-help">{t.thresholdHelp(settings.softToHardThreshold)}</p>
      <fieldset className="bn-field">
        <legend>{t.languageLabel}</legend>
        {LANGUAGES.map((language) => (
          <label key={language} className="bn-radio">
            <input
              type="radio"
              name="bn-language"
              value={language}
              checked={settings.language === language}
              onChange={() => save({ language })}
              data-testid={`bn-language-${language}`}
            />
            {t.languages[language]}
          </label>
        ))}
      </fieldset>
      <fieldset className="bn-field">
        <legend>{t.guardTitle}</legend>
        <p className="bn-help">{t.guardHelp}</p>
        {GUARD_FLAGS.map((flag) => (
          <label key={flag} className="bn-radio">
            <input
              type="checkbox"
              checked={settings[flag]}
              // The two finer settings only matter while the guard is on.
              disabled={flag !== 'guardEnabled' && !settings.guardEnabled}
              onChange={(event) => save({ [flag]: event.target.checked })}
              data-testid={`bn-${flag}`}
            />
            {t[flag]}
          </label>
        ))}
      </fieldset>
      <p className="bn-status" role="status" data-testid="bn-settings-status">
        {status === 'saved' ? t.saved : status === 'failed' ? t.failed : ''}
      </p>
    </section>
  );
}
