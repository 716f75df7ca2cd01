import type { ContentScriptContext } from '#imports';
import { askBackground } from '@/lib/messaging/client';
import { bytesToBase64 } from '@/lib/messaging/base64';
import type { BounceReport } from '@/lib/bounce/types';
import type { OpenedMessage, WebmailAdapter } from '@/lib/webmail/types';
import { mountSidebar } from './mount';

/**
 * Watches the webmail for an opened bounce and shows the sidebar for it.
 * FOUNDATION VERSION: start-up scan plus one debounced MutationObserver; the webmail
 * issue grows it (navigation scopes, caching, tracker recording).
 */
export function startBounceSidebar(ctx: ContentScriptContext, adapter: WebmailAdapter): void {
  const handled = new Set<string>();
  let unmount: (() => void) | undefined;

  async function show(message: OpenedMessage): Promise<void> {
    const source = await adapter.fetchSource(message, ctx.signal);
    const report: BounceReport = await askBackground(
      source.kind === 'raw'
        ? { type: 'classify', rawBase64: bytesToBase64(source.bytes) }
        : { type: 'classify', rendered: source.message },
    );
    if (ctx.isInvalid) return;
    unmount?.();
    unmount = await mountSidebar(ctx, adapter.sidebarAnchor(message), report);
  }

  function scan(): void {
    for (const message of adapter.findOpenedMessages(document)) {
      if (handled.has(message.key) || !adapter.isBounceCandidate(message)) continue;
      handled.add(message.key);
      void show(message);
    }
  }

  let timer: number | undefined;
  const observer = new MutationObserver(() => {
    if (timer !== undefined) clearTimeout(timer);
    timer = ctx.setTimeout(scan, 250);
  });
  observer.observe(document.body, { childList: true, subtree: true });
  ctx.onInvalidated(() => observer.disconnect());
  scan();
}
