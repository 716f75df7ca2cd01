import type { BounceReport } from '@/lib/bounce/types';
import { bytesToBase64 } from '@/lib/messaging/base64';
import { askBackground } from '@/lib/messaging/client';
import type { RecipientHistory, RecordAnswer, RecordBounceRequest } from '@/lib/messaging/protocol';
import type { MessageSource } from '@/lib/webmail/types';

/** Hands the source to the classifier in the background (postal-mime never runs in the webmail's page). */
export function classifyInBackground(source: MessageSource): Promise<BounceReport> {
  return askBackground(
    source.kind === 'raw' ? { type: 'classify', rawBase64: bytesToBase64(source.bytes) } : { type: 'classify', rendered: source.message },
  );
}

function isHistoryList(value: unknown): value is RecipientHistory[] {
  return (
    Array.isArray(value) &&
    value.every((item) => typeof item === 'object' && item !== null && typeof (item as { address?: unknown }).address === 'string')
  );
}

const OWNERSHIPS: readonly unknown[] = ['ours', 'not-ours', 'unknown'];
const PROBLEMS: readonly unknown[] = ['newer', 'unreadable'];

function isRecordAnswer(value: unknown): value is RecordAnswer {
  if (typeof value !== 'object' || value === null) return false;
  const answer = value as Partial<Record<keyof RecordAnswer, unknown>>;
  const refused = answer.refused as { state?: unknown } | undefined;
  return (
    OWNERSHIPS.includes(answer.ownership) &&
    isHistoryList(answer.histories) &&
    typeof answer.skipped === 'number' &&
    (refused === undefined || (typeof refused === 'object' && refused !== null && PROBLEMS.includes(refused.state)))
  );
}

/**
 * Records the bounce in the tracker and answers what it did (whose mail it was, each recorded
 * recipient's history). The sidebar works without it: any failure (an older background) gives
 * no history line.
 */
export async function recordInBackground(request: RecordBounceRequest): Promise<RecordAnswer | undefined> {
  try {
    const answer: unknown = await askBackground(request);
    return isRecordAnswer(answer) ? answer : undefined;
  } catch {
    return undefined;
  }
}

/** The recipients of one sent mail that have bounced so far (every bounce recorded for it); undefined on any failure. */
export async function sentMailFailuresInBackground(messageId: string): Promise<readonly string[] | undefined> {
  try {
    const answer: unknown = await askBackground({ type: 'sent-mail-failures', messageId });
    if (!Array.isArray(answer)) return undefined;
    return answer
      .map((item: unknown) => (typeof item === 'object' && item !== null ? (item as { address?: unknown }).address : undefined))
      .filter((address): address is string => typeof address === 'string');
  } catch {
    return undefined;
  }
}
