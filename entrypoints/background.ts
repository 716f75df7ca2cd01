import { browser } from 'wxt/browser';
import { defineBackground } from '#imports';
import { handleBackgroundRequest, isBackgroundRequest } from '@/lib/messaging/handlers';
import { refreshBadge } from '@/lib/tracker/badge';
import { watchSettings, watchTrackedRecipients } from '@/lib/tracker/storage';

export default defineBackground(() => {
  // The polyfill lets a listener answer with a Promise, in Chromium and Firefox alike;
  // returning undefined leaves other messages to other listeners.
  // eslint-disable-next-line @typescript-eslint/no-misused-promises -- answering with a Promise is the polyfill's contract
  browser.runtime.onMessage.addListener((message: unknown): Promise<unknown> | undefined => {
    if (!isBackgroundRequest(message)) return undefined;
    return handleBackgroundRequest(message);
  });

  // The toolbar badge follows the tracker (and the language setting, for its tooltip).
  const redraw = (): void => {
    refreshBadge().catch((error: unknown) => console.error('[bounce-navi] badge', error));
  };
  watchTrackedRecipients(redraw);
  watchSettings(redraw);
  redraw();
});
