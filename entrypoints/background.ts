import { browser } from 'wxt/browser';
import { defineBackground } from '#imports';
import { startBackgroundClassifier } from '@/lib/classifier-host/browser';
import { handleBackgroundRequest, isBackgroundRequest } from '@/lib/messaging/handlers';
import { mayRequest, senderKind, type RequestSender } from '@/lib/messaging/senders';
import { drawBadge, refreshBadge } from '@/lib/tracker/badge';
import { migrateTrackerStorage } from '@/lib/tracker/storage';
import { onSendingWritten } from '@/lib/tracker/sending-writer';
import { onTrackerWritten } from '@/lib/tracker/writer';

export default defineBackground(() => {
  // The polyfill lets a listener answer with a Promise, in Chromium and Firefox alike;
  // returning undefined leaves other messages to other listeners.
  // Only our own parts are answered, and only our pages may change stored data (senders.ts).
  const own = { id: browser.runtime.id, baseUrl: browser.runtime.getURL('/') };
  // Mails are classified in worker threads that are stopped at a deadline (lib/classifier-host):
  // a hostile mail never holds this thread, so every other request is answered meanwhile.
  // The worker (Chrome: the offscreen document and its worker) is started now, not at the first
  // bounce: a cold start costs the first bounce 0.4–0.5 s otherwise (docs/hostile-input.md).
  const classifier = startBackgroundClassifier();
  classifier.warm();
  const context = { classify: classifier.classify };
  // eslint-disable-next-line @typescript-eslint/no-misused-promises -- answering with a Promise is the polyfill's contract
  browser.runtime.onMessage.addListener((message: unknown, sender: RequestSender): Promise<unknown> | undefined => {
    if (!isBackgroundRequest(message)) return undefined;
    if (!mayRequest(message.type, sender, own)) {
      console.warn('[bounce-navi] request refused', message.type, senderKind(sender, own));
      return undefined;
    }
    return handleBackgroundRequest(message, context);
  });

  // The background is the tracker's only writer, so it alone runs the storage migrations.
  migrateTrackerStorage().catch((error: unknown) => console.error('[bounce-navi] tracker storage migration', error));

  // The toolbar badge follows every write of the tracker and of the language (its tooltip); the
  // background is the only writer, so it needs no storage watcher (see onTrackerWritten).
  const reportBadgeError = (error: unknown): void => console.error('[bounce-navi] badge', error);
  onTrackerWritten((state) => {
    drawBadge(state).catch(reportBadgeError);
  });
  // The "your sending" warning shows on the badge too.
  onSendingWritten(() => {
    refreshBadge().catch(reportBadgeError);
  });
  refreshBadge().catch(reportBadgeError);
});
