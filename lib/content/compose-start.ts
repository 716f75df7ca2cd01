import { browser } from 'wxt/browser';
import type { ContentScriptContext } from '#imports';
import { resolveLang } from '@/lib/i18n/lang';
import { askBackground } from '@/lib/messaging/client';
import type { Settings } from '@/lib/tracker/settings';
import { readSettings, watchSettings } from '@/lib/tracker/storage';
import type { ComposeAdapter } from '@/lib/webmail/compose-dom';
import { mountComposePanel, preloadComposeUi } from './compose-mount';
import { startComposeGuard, type GuardSettings } from './compose-session';

function guardSettingsOf(settings: Settings): GuardSettings {
  return { enabled: settings.guardEnabled, confirmSend: settings.guardConfirmSend, lang: resolveLang(settings.language, browser.i18n.getUILanguage()) };
}

/** Starts the pre-send guard for one webmail with the real background, storage and UI. */
export function startComposeGuardFor(ctx: ContentScriptContext, adapter: ComposeAdapter): void {
  startComposeGuard(ctx.signal, adapter, {
    check: (addresses) => askBackground({ type: 'check-recipients', addresses }),
    settings: async () => guardSettingsOf(await readSettings()),
    watchSettings: (callback) => watchSettings((settings) => callback(guardSettingsOf(settings))),
    mount: (signal, input) => mountComposePanel(ctx, signal, input),
    preload: preloadComposeUi,
  });
}
