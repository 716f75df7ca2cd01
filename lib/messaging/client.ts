import { browser } from 'wxt/browser';
import type { BackgroundRequest, ResponseOf } from './protocol';

/** Sends a typed request to the background and returns its typed answer. */
export async function askBackground<R extends BackgroundRequest>(request: R): Promise<ResponseOf<R['type']>> {
  const answer: unknown = await browser.runtime.sendMessage(request);
  return answer as ResponseOf<R['type']>;
}
