import type { LangSetting } from '@/lib/i18n/lang';
import { clampThreshold, DEFAULT_SOFT_TO_HARD_THRESHOLD } from './model';

// The user's settings (the options page), with their defaults. Pure; stored by storage.ts.

export interface Settings {
  /** Consecutive soft bounces that flag an address hard. */
  softToHardThreshold: number;
  /** The language of the sidebar, the popup and the options page. */
  language: LangSetting;
  /** The pre-send guard in compose windows (lib/guard): warnings beside the recipients. */
  guardEnabled: boolean;
  /** Whether Send asks first while a warned recipient is still there. */
  guardConfirmSend: boolean;
  /** Whether a run of soft bounces warns too (a milder note); flagged addresses always do. */
  guardSoftWarns: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  softToHardThreshold: DEFAULT_SOFT_TO_HARD_THRESHOLD,
  language: 'auto',
  guardEnabled: true,
  guardConfirmSend: true,
  guardSoftWarns: true,
};

/** Settings as stored, completed with defaults and made valid: a hand-edited or older value never breaks a page. */
export function completeSettings(value: unknown): Settings {
  const stored = (typeof value === 'object' && value !== null ? value : {}) as Partial<Record<keyof Settings, unknown>>;
  const threshold =
    typeof stored.softToHardThreshold === 'number' ? clampThreshold(stored.softToHardThreshold) : DEFAULT_SETTINGS.softToHardThreshold;
  const language =
    stored.language === 'ja' || stored.language === 'en' || stored.language === 'auto' ? stored.language : DEFAULT_SETTINGS.language;
  const flag = (key: 'guardEnabled' | 'guardConfirmSend' | 'guardSoftWarns'): boolean => {
    const value = stored[key];
    return typeof value === 'boolean' ? value : DEFAULT_SETTINGS[key];
  };
  return {
    softToHardThreshold: threshold,
    language,
    guardEnabled: flag('guardEnabled'),
    guardConfirmSend: flag('guardConfirmSend'),
    guardSoftWarns: flag('guardSoftWarns'),
  };
}
