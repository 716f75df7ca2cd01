import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { resolveLang, type Lang } from '@/lib/i18n/lang';
import { decodeTrackedList } from '@/lib/tracker/migrations';
import type { TrackedRecipient } from '@/lib/tracker/model';
import type { Settings } from '@/lib/tracker/settings';
import type { SendingState } from '@/lib/tracker/sending';
import {
  readSendingState,
  readSettings,
  readStoreProblem,
  readTrackedValue,
  readTrackerDigest,
  watchSendingState,
  watchSettings,
  watchStoreProblem,
  watchTrackedRecipients,
  type StoreProblem,
} from '@/lib/tracker/storage';
import type { TrackerDigest } from '@/lib/tracker/summary';

// The only hooks that touch storage (docs/architecture.md, rule 9). They read once and then
// follow the items' watch(); writes go to the background as messages, never from here.

let preloadedList: Promise<unknown> | undefined;
let preloadedSettings: Promise<Settings> | undefined;
let preloadedDigest: Promise<TrackerDigest | undefined> | undefined;

/**
 * Starts reading the digest, the list and the settings at once. A page calls it before React's
 * first render, so the storage reads overlap the page's start-up instead of waiting for the
 * first effect (scripts/bench/popup.mjs).
 */
export function preloadTracker(): void {
  preloadedDigest ??= readTrackerDigest();
  preloadedList ??= readTrackedValue();
  preloadedSettings ??= readSettings();
}

function take<T>(preloaded: Promise<T> | undefined, read: () => Promise<T>): Promise<T> {
  return preloaded ?? read();
}

/** Resolves after the browser has painted the next frame. */
function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/** The tracked recipients; undefined until the first read answers. */
export function useTrackedRecipients(): TrackedRecipient[] | undefined {
  const [list, setList] = useState<TrackedRecipient[]>();
  useEffect(() => {
    let live = true;
    const unwatch = watchTrackedRecipients((next) => setList(next));
    const raw = take(preloadedList, readTrackedValue);
    preloadedList = undefined;
    // Decoding 10,000 recipients takes tens of milliseconds: it waits for the next paint, so that
    // the digest's first screen is on screen before the main thread is busy with the full list.
    const first = raw.then(async (value) => {
      await afterNextPaint();
      return decodeTrackedList(value);
    });
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

/**
 * The digest the popup paints first (lib/tracker/summary.ts), read once: the full list
 * replaces it as soon as it has loaded. Undefined until read, or when there is none.
 */
export function useTrackerDigest(): TrackerDigest | undefined {
  const [digest, setDigest] = useState<TrackerDigest>();
  useEffect(() => {
    let live = true;
    const pending = take(preloadedDigest, readTrackerDigest);
    preloadedDigest = undefined;
    pending.then(
      (first) => {
        if (live) setDigest(first);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  return digest;
}

/** Why the stored list may not be written (the background keeps it under a backup key); undefined when all is well. */
export function useStoreProblem(): StoreProblem | undefined {
  const [problem, setProblem] = useState<StoreProblem>();
  useEffect(() => {
    let live = true;
    const unwatch = watchStoreProblem((next) => live && setProblem(next));
    readStoreProblem().then(
      (first) => live && setProblem(first),
      () => undefined,
    );
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return problem;
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

/** The "your sending" state (lib/tracker/sending.ts); undefined until the first read answers. */
export function useSendingState(): SendingState | undefined {
  const [state, setState] = useState<SendingState>();
  useEffect(() => {
    let live = true;
    const unwatch = watchSendingState((next) => setState(next));
    readSendingState().then(
      (first) => {
        if (live) setState((current) => current ?? first);
      },
      () => undefined,
    );
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return state;
}
