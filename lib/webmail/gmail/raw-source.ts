import { checkMailBytes } from '../mail-check';
import { pageFetch, responseBytes } from '../page-fetch';
import type { RetrievalFailure } from '../types';
import { extractShowOriginalSource } from './show-original';
import { isGoogleSignInUrl } from './urls';

/**
 * Bounces with large attachments can be big; over this the bytes are not sent to the
 * classifier (which would refuse them as too large anyway) and the rendered text is used.
 */
export const MAX_RAW_BYTES = 30 * 1024 * 1024;

export type RawAttempt = { ok: true; bytes: Uint8Array } | { ok: false; failure: RetrievalFailure };

function failed(route: RetrievalFailure['route'], cause: RetrievalFailure['cause'], detail: string): RawAttempt {
  return { ok: false, failure: { route, cause, detail } };
}

/** Checks what came back before anyone parses it as a mail. */
function inspectResponse(route: RetrievalFailure['route'], response: Response): RawAttempt | undefined {
  if (isGoogleSignInUrl(response.url)) return failed(route, 'login-page', new URL(response.url).hostname);
  if (!response.ok) return failed(route, 'http-status', String(response.status));
  const length = Number(response.headers.get('content-length') ?? '0');
  if (length > MAX_RAW_BYTES) return failed(route, 'too-large', `${length} bytes`);
  return undefined;
}

async function request(url: string, signal: AbortSignal): Promise<Response> {
  return pageFetch(url, { credentials: 'include', signal, cache: 'no-store' });
}

/** "Download original": the message's bytes, checked to be a mail. */
export async function downloadOriginal(url: string, signal: AbortSignal): Promise<RawAttempt> {
  let response: Response;
  try {
    response = await request(url, signal);
  } catch (error) {
    if (signal.aborted) throw error;
    // A redirect to the sign-in page fails here too: it comes back without CORS headers.
    return failed('download', 'network', error instanceof Error ? error.name : 'error');
  }
  const rejected = inspectResponse('download', response);
  if (rejected) return rejected;
  const bytes = await responseBytes(response);
  if (bytes.length > MAX_RAW_BYTES) return failed('download', 'too-large', `${bytes.length} bytes`);
  const check = checkMailBytes(bytes);
  return check.ok ? { ok: true, bytes } : failed('download', check.cause, response.headers.get('content-type') ?? '');
}

/** "Show original": the source out of pre#raw_message_text. */
export async function showOriginal(url: string, signal: AbortSignal): Promise<RawAttempt> {
  let response: Response;
  try {
    response = await request(url, signal);
  } catch (error) {
    if (signal.aborted) throw error;
    return failed('show-original', 'network', error instanceof Error ? error.name : 'error');
  }
  const rejected = inspectResponse('show-original', response);
  if (rejected) return rejected;
  const source = extractShowOriginalSource(await response.text());
  if (source === undefined) return failed('show-original', 'html', 'no #raw_message_text');
  const bytes = new TextEncoder().encode(source);
  const check = checkMailBytes(bytes);
  return check.ok ? { ok: true, bytes } : failed('show-original', check.cause, 'raw_message_text');
}
