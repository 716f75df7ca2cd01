import type { LangSetting } from '@/lib/i18n/lang';
import { clampThreshold, DEFAULT_SOFT_TO_HARD_THRESHOLD, normalizeAddress } from './model';

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
  /** The user's other sending addresses (aliases), listed in the options page: a bounce of a mail sent from one is theirs. */
  sendingAddresses: string[];
  /** The webmail accounts the sidebar has seen open, learned as they are seen (ownership.ts); the options page lists them. */
  seenAccounts: string[];
}

/** Most aliases the options page keeps. */
export const MAX_SENDING_ADDRESSES = 50;
/** Most accounts learned; the oldest is forgotten first. */
export const MAX_SEEN_ACCOUNTS = 20;

export const DEFAULT_SETTINGS: Settings = {
  softToHardThreshold: DEFAULT_SOFT_TO_HARD_THRESHOLD,
  language: 'auto',
  guardEnabled: true,
  guardConfirmSend: true,
  guardSoftWarns: true,
  sendingAddresses: [],
  seenAccounts: [],
};

/** A stored list of addresses, made valid: addresses only (tracker spelling), no duplicates whatever their case, at most `max` (the newest kept). */
export function addressList(value: unknown, max: number): string[] {
  if (!Array.isArray(value)) return [];
  const list: string[] = [];
  const seen = new Set<string>();
  for (const item of value) {
    const address = typeof item === 'string' ? normalizeAddress(item) : undefined;
    // One spelling per address: ownership compares them without case anyway (ownership.ts).
    if (!address || seen.has(address.toLowerCase())) continue;
    seen.add(address.toLowerCase());
    list.push(address);
  }
  return list.slice(-max);
}

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
    sendingAddresses: addressList(stored.sendingAddresses, MAX_SENDING_ADDRESSES),
    seenAccounts: addressList(stored.seenAccounts, MAX_SEEN_ACCOUNTS),
  };
}

/** The settings with `account` learned (the oldest forgotten past the cap); the same object when it is known. */
export function learnAccount(settings: Settings, account: string | undefined): Settings {
  const address = account ? normalizeAddress(account) : undefined;
  if (!address || settings.seenAccounts.includes(address)) return settings;
  const seenAccounts = [...settings.seenAccounts, address].slice(-MAX_SEEN_ACCOUNTS);
  return { ...settings, seenAccounts };
}

/** Every address the user sends from, as far as the extension knows. */
export function ownAddresses(settings: Settings, account: string | undefined): string[] {
  return [...(account ? [account] : []), ...settings.sendingAddresses, ...settings.seenAccounts];
}
