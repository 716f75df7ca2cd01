import { refreshBadge } from '@/lib/tracker/badge';
import { parseImport } from '@/lib/tracker/exchange';
import { normalizeAddress, TRACKER_SOURCES } from '@/lib/tracker/model';
import { failedRecipientsOf, recordSendingOf, resolveSendingWarning } from '@/lib/tracker/sending-writer';
import { clearAll, importRecipients, recordBounce, recordBounces, remove, unflag, updateSettings } from '@/lib/tracker/writer';
import { isWebmailAccount } from '@/lib/tracker/webmail-account';
import type { BounceReport } from '@/lib/bounce/types';
import type { JobInput } from '@/lib/classifier-host/jobs';
import { checkRecipients } from './guard-lookup';
import { BACKGROUND_REQUEST_TYPES, MAX_BOUNCES_PER_REQUEST, type BackgroundProtocol, type BackgroundRequest, type BackgroundRequestType, type RecordBouncesRequest, type ResponseOf } from './protocol';

type Handlers = {
  [K in BackgroundRequestType]: (request: BackgroundProtocol[K]['request'], context: HandlerContext) => Promise<BackgroundProtocol[K]['response']>;
};

/**
 * What the handlers need from where they run. The classifier is given, not imported: the
 * background hands each mail to a worker that can be stopped (lib/classifier-host), so neither
 * postal-mime nor the rule tables are in the background's bundle.
 */
export interface HandlerContext {
  classify: (input: JobInput) => Promise<BounceReport>;
}

/** An address as the popup sends it back; anything else matches no entry. */
const addressOf = (raw: string): string => normalizeAddress(raw) ?? raw;

/**
 * The background's answer to each request type. Every tracker change goes through
 * lib/tracker/writer.ts, the single serialised writer. Tested in node with WXT's fakeBrowser.
 */
const handlers: Handlers = {
  classify: (request, context) => {
    if ('rawBase64' in request && typeof request.rawBase64 === 'string') return context.classify({ rawBase64: request.rawBase64 });
    if ('rendered' in request && typeof request.rendered === 'object' && request.rendered !== null) return context.classify({ rendered: request.rendered });
    return Promise.resolve({ kind: 'unparsed', cause: 'empty', detail: 'nothing to classify', input: 'raw' });
  },
  'record-bounce': async (request) => {
    if (!TRACKER_SOURCES.includes(request.source) || typeof request.messageKey !== 'string') {
      return { ownership: 'unknown', histories: [], skipped: 0 };
    }
    const account = typeof request.account === 'string' ? request.account : undefined;
    const webmailAccount = isWebmailAccount(request.webmailAccount) ? request.webmailAccount : undefined;
    const answer = await recordBounce(
      { messageKey: request.messageKey, source: request.source, report: request.report, ...(webmailAccount ? { webmailAccount } : {}) },
      account,
    );
    // A bounce of someone else's mail (ownership.ts) says nothing about the user's sending either.
    // The sending state and the sent-mail index have their own writer and items: a failure there
    // never costs the tracked list its recording.
    if (answer.ownership !== 'not-ours') {
      await recordSendingOf({ messageKey: request.messageKey, report: request.report }).catch((error: unknown) =>
        console.error('[bounce-navi] sending state', error),
      );
    }
    return answer;
  },
  'record-bounces': async (request) => {
    const given: unknown = request.bounces;
    const bounces: readonly unknown[] = Array.isArray(given) ? given.slice(0, MAX_BOUNCES_PER_REQUEST) : [];
    const events = bounces.flatMap((item) => {
      const { messageKey, report, ownership } = (typeof item === 'object' && item !== null ? item : {}) as Partial<RecordBouncesRequest['bounces'][number]>;
      if (typeof messageKey !== 'string' || typeof report !== 'object' || report === null) return [];
      return [{ messageKey, source: 'manual' as const, report, trust: ownership === 'ours' ? ('verified' as const) : ('unverified' as const) }];
    });
    return recordBounces(events);
  },
  'unflag-recipient': (request) => unflag(addressOf(request.address)),
  'delete-recipient': (request) => remove(addressOf(request.address)),
  'clear-tracker': () => clearAll(),
  'import-tracker': async (request) => {
    const checked = parseImport(typeof request.json === 'string' ? request.json : '');
    if (!checked.ok) return { ok: false, problem: checked.problem };
    return { ok: true, outcome: await importRecipients(checked.recipients) };
  },
  'update-settings': (request) => updateSettings(request.settings),
  'refresh-badge': () => refreshBadge(),
  'resolve-sending': async () => {
    await resolveSendingWarning();
    return true;
  },
  'sent-mail-failures': (request) => failedRecipientsOf(typeof request.messageId === 'string' ? request.messageId : ''),
  'check-recipients': (request) => checkRecipients(Array.isArray(request.addresses) ? request.addresses : []),
};

/** Used when no classifier was given (tests of the other handlers): every mail is answered as not classified. */
const noClassifier: HandlerContext = {
  classify: () => Promise.resolve({ kind: 'unparsed', cause: 'broken-mime', detail: 'internal error: no classifier', input: 'raw' }),
};

export function handleBackgroundRequest<R extends BackgroundRequest>(request: R, context: HandlerContext = noClassifier): Promise<ResponseOf<R['type']>> {
  const handler = handlers[request.type] as (request: R, context: HandlerContext) => Promise<ResponseOf<R['type']>>;
  return handler(request, context);
}

const requestTypes: ReadonlySet<string> = new Set(BACKGROUND_REQUEST_TYPES);

/** Narrow check for messages that reach runtime.onMessage from anywhere in the extension. */
export function isBackgroundRequest(message: unknown): message is BackgroundRequest {
  if (typeof message !== 'object' || message === null) return false;
  const type = (message as { type?: unknown }).type;
  return typeof type === 'string' && requestTypes.has(type);
}
