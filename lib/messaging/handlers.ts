import { classifyBounce } from '@/lib/bounce';
import type { BounceReport } from '@/lib/bounce/types';
import { base64ToBytes } from './base64';
import type { BackgroundRequest } from './protocol';

/** The background's answer to each request type. Pure of browser APIs, so it is tested in node. */
export async function handleBackgroundRequest(request: BackgroundRequest): Promise<BounceReport> {
  switch (request.type) {
    case 'classify':
      return 'rawBase64' in request
        ? classifyBounce(base64ToBytes(request.rawBase64))
        : classifyBounce(request.rendered);
  }
}

/** Narrow check for messages that reach runtime.onMessage from anywhere in the extension. */
export function isBackgroundRequest(message: unknown): message is BackgroundRequest {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'classify';
}
