import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { BounceReport } from '@/lib/bounce/types';
import { handleBackgroundRequest } from '@/lib/messaging/handlers';
import { createClassifierPool } from '@/lib/classifier-host/pool';
import { InlineWorker } from '../classifier-host/fakes';

/**
 * A fresh fake browser with the real background running in it: pages under test send their
 * messages to the real handlers and the single writer, and read storage through the real hooks.
 */
export async function startBackground(uiLanguage = 'ja'): Promise<void> {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue(uiLanguage);
  // fakeBrowser sends with an empty sender; the background answers only its own pages and content
  // scripts (lib/messaging/senders.ts), so the pages under test send as the extension page they are.
  const page = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/options.html') };
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) =>
    (await fakeBrowser.runtime.onMessage.trigger(message, page)).find((answer: unknown) => !!answer),
  );
  // node has no Worker and no offscreen document: the background's pool runs the real worker
  // code in this thread instead (tests/classifier-host/fakes.ts).
  vi.doMock('@/lib/classifier-host/browser', () => ({
    startBackgroundClassifier: () => {
      const pool = createClassifierPool({ spawn: () => new InlineWorker() });
      return { classify: (input: Parameters<typeof pool.classify>[0]) => pool.classify(input), warm: () => pool.warm() };
    },
  }));
  const background = (await import('@/entrypoints/background')).default;
  background.main();
}

export function recordBounce(messageKey: string, report: BounceReport, source: 'gmail' | 'outlook' | 'manual' = 'gmail') {
  return handleBackgroundRequest({ type: 'record-bounce', messageKey, source, report });
}
