import type { BounceReport } from '@/lib/bounce/types';
import { storyOf } from '@/lib/explain/story';
import { failedOfSentMail, recordSending, recordSentMail, resolveSending, type FailedRecipient, type SendingState } from './sending';
import { readSendingForWrite, readSentMailsForWrite, writeSendingState, writeSentMails } from './storage';

// The writer of the "your sending" state and the sent-mail index (lib/tracker/sending.ts): the
// background only, one step at a time (a chain of promises), so two tabs recording at once lose
// nothing. Apart from the tracked list's writer: its items are its own (storage.ts).

let chain: Promise<unknown> = Promise.resolve();

function serial<T>(step: () => Promise<T>): Promise<T> {
  const run = chain.then(step);
  chain = run.catch(() => undefined);
  return run;
}

type SendingListener = (state: SendingState) => void;
const listeners = new Set<SendingListener>();

/** Tells the background what was written (the badge follows the warning). */
export function onSendingWritten(listener: SendingListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const storyOfRecipient = (recipient: Parameters<typeof storyOf>[0]) => storyOf(recipient);

/** Records a bounce's sender-side incidents and its failed recipients under the sent mail. */
export function recordSendingOf(event: { messageKey: string; report: BounceReport }): Promise<void> {
  return serial(async () => {
    const now = Date.now();
    const [state, mails] = await Promise.all([readSendingForWrite(), readSentMailsForWrite()]);
    const sending = recordSending(state, event, storyOfRecipient, now);
    const sent = recordSentMail(mails, event.report, now);
    if (sent.changed) await writeSentMails(sent.mails);
    if (sending.changed) {
      await writeSendingState(sending.state);
      for (const listener of listeners) listener(sending.state);
    }
  });
}

/** The user says the sending problem is fixed. */
export function resolveSendingWarning(): Promise<SendingState> {
  return serial(async () => {
    const state = resolveSending(await readSendingForWrite(), Date.now());
    await writeSendingState(state);
    for (const listener of listeners) listener(state);
    return state;
  });
}

/** The recipients of one sent mail that have bounced so far (after the writes queued before). */
export function failedRecipientsOf(messageId: string): Promise<FailedRecipient[]> {
  return serial(async () => failedOfSentMail(await readSentMailsForWrite(), messageId));
}
