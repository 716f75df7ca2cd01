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

export type RawAttempt = { ok: true; bytes: Uint8Array } | Refused;
type Refused = { ok: false; failure: RetrievalFailure };
type Route = RetrievalFailure['route'];

function failed(route: Route, cause: RetrievalFailure['cause'], detail: string): Refused {
  return { ok: false, failure: { route, cause, detail } };
}

/**
 * One request as the page would make it, and the checks on what came back before anyone
 * parses it as a mail: a sign-in redirect, an error status, an announced size over the limit.
 * An abort is rethrown (the message was left); any other failure is an answer, not an error.
 */
async function requestChecked(route: Route, url: string, signal: AbortSignal): Promise<{ ok: true; response: Response } | Refused> {
  let response: Response;
  try {
    response = await pageFetch(url, { credentials: 'include', signal, cache: 'no-store' });
  } catch (error) {
    if (signal.aborted) throw error;
    // A redirect to the sign-in page fails here too: it comes back without CORS headers.
    return failed(route, 'network', error instanceof Error ? error.name : 'error');
  }
  if (isGoogleSignInUrl(response.url)) return failed(route, 'login-page', new URL(response.url).hostname);
  if (!response.ok) return failed(route, 'http-status', String(response.status));
  const length = Number(response.headers.get('content-length') ?? '0');
  if (length > MAX_RAW_BYTES) return failed(route, 'too-large', `${length} bytes`);
  return { ok: true, response };
}

/** "Download original": the message's bytes, checked to be a mail. */
export async function downloadOriginal(url: string, signal: AbortSignal): Promise<RawAttempt> {
  const answer = await requestChecked('download', url, signal);
  if (!answer.ok) return answer;
  const bytes = await responseBytes(answer.response);
  if (bytes.length > MAX_RAW_BYTES) return failed('download', 'too-large', `${bytes.length} bytes`);
  const check = checkMailBytes(bytes);
  return check.ok ? { ok: true, bytes } : failed('download', check.cause, answer.response.headers.get('content-type') ?? '');
}

/** "Show original": the source out of pre#raw_message_text. */
export async function showOriginal(url: string, signal: AbortSignal): Promise<RawAttempt> {
  const answer = await requestChecked('show-original', url, signal);
  if (!answer.ok) return answer;
  const source = extractShowOriginalSource(await answer.response.text());
  if (source === undefined) return failed('show-original', 'html', 'no #raw_message_text');
  const bytes = new TextEncoder().encode(source);
  const check = checkMailBytes(bytes);
  return check.ok ? { ok: true, bytes } : failed('show-original', check.cause, 'raw_message_text');
}
