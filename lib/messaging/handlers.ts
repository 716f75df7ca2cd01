import { classifyBounce } from '@/lib/bounce';
import { refreshBadge } from '@/lib/tracker/badge';
import { parseImport } from '@/lib/tracker/exchange';
import { normalizeAddress, TRACKER_SOURCES } from '@/lib/tracker/model';
import { failedRecipientsOf, recordSendingOf, resolveSendingWarning } from '@/lib/tracker/sending-writer';
import { clearAll, importRecipients, recordBounce, remove, unflag, updateSettings } from '@/lib/tracker/writer';
import { isWebmailAccount } from '@/lib/tracker/webmail-account';
import { base64ToBytes } from './base64';
import { checkRecipients } from './guard-lookup';
import { BACKGROUND_REQUEST_TYPES, type BackgroundProtocol, type BackgroundRequest, type BackgroundRequestType, type ResponseOf } from './protocol';

type Handlers = {
  [K in BackgroundRequestType]: (request: BackgroundProtocol[K]['request']) => Promise<BackgroundProtocol[K]['response']>;
};

/** An address as the popup sends it back; anything else matches no entry. */
const addressOf = (raw: string): string => normalizeAddress(raw) ?? raw;

/**
 * The background's answer to each request type. Every tracker change goes through
 * lib/tracker/writer.ts, the single serialised writer. Tested in node with WXT's fakeBrowser.
 */
const handlers: Handlers = {
  classify: (request) =>
    'rawBase64' in request ? classifyBounce(base64ToBytes(request.rawBase64)) : classifyBounce(request.rendered),
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

export function handleBackgroundRequest<R extends BackgroundRequest>(request: R): Promise<ResponseOf<R['type']>> {
  const handler = handlers[request.type] as (request: R) => Promise<ResponseOf<R['type']>>;
  return handler(request);
}

const requestTypes: ReadonlySet<string> = new Set(BACKGROUND_REQUEST_TYPES);

/** Narrow check for messages that reach runtime.onMessage from anywhere in the extension. */
export function isBackgroundRequest(message: unknown): message is BackgroundRequest {
  if (typeof message !== 'object' || message === null) return false;
  const type = (message as { type?: unknown }).type;
  return typeof type === 'string' && requestTypes.has(type);
}
