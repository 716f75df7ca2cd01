import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { resolveLang, type Lang } from '@/lib/i18n/lang';
import type { TrackedRecipient } from '@/lib/tracker/model';
import type { Settings } from '@/lib/tracker/settings';
import { readSettings, readTrackedRecipients, watchSettings, watchTrackedRecipients } from '@/lib/tracker/storage';

// The only hooks that touch storage (docs/architecture.md, rule 9). They read once and then
// follow the items' watch(); writes go to the background as messages, never from here.

let preloadedList: Promise<TrackedRecipient[]> | undefined;
let preloadedSettings: Promise<Settings> | undefined;

/**
 * Starts reading the list and the settings at once. A page calls it before React's first render,
 * so the storage read (about 75 ms for 10,000 recipients) overlaps the page's start-up instead of
 * waiting for the first effect (scripts/bench/popup.mjs).
 */
export function preloadTracker(): void {
  preloadedList ??= readTrackedRecipients();
  preloadedSettings ??= readSettings();
}

function take<T>(preloaded: Promise<T> | undefined, read: () => Promise<T>): Promise<T> {
  return preloaded ?? read();
}

/** The tracked recipients; undefined until the first read answers. */
export function useTrackedRecipients(): TrackedRecipient[] | undefined {
  const [list, setList] = useState<TrackedRecipient[]>();
  useEffect(() => {
    let live = true;
    const unwatch = watchTrackedRecipients((next) => setList(next));
    const first = take(preloadedList, readTrackedRecipients);
    preloadedList = undefined;
    first.then(
      (first) => {
        if (live) setList((current) => current ?? first);
      },
      () => {
        if (live) setList((current) => current ?? []);
      },
    );
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return list;
}

/** The settings; undefined until the first read answers. */
export function useSettings(): Settings | undefined {
  const [settings, setSettings] = useState<Settings>();
  useEffect(() => {
    let live = true;
    const unwatch = watchSettings((next) => setSettings(next));
    const pending = take(preloadedSettings, readSettings);
    preloadedSettings = undefined;
    void pending.then((first) => {
      if (live) setSettings((current) => current ?? first);
    });
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return settings;
}

/** The language to show: the setting, else the browser's UI language. Japanese while loading. */
export function useUiLang(settings: Settings | undefined): Lang {
  return resolveLang(settings?.language ?? 'auto', settings ? browser.i18n.getUILanguage() : 'ja');
}
