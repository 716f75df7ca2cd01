import type { ReasonId, UnparsedCause } from '@/lib/bounce/types';
import { factsFrom } from '../facts';
import type { ClassifiedKind, ExplanationDraft, ReasonText, ReportFacts, ReportText } from '../types';
import { BOUNCE_RATE_NOTE, silentDropNote } from './common';
import { enReasonLabels, enSeverityDescriptions } from './labels';
import { enStoryLabels } from './story';
import { enPathReasons } from './reasons-path';

const notFailures: Record<Extract<ReasonId, 'delivered' | 'vacation' | 'feedback'>, ReasonText> = enPathReasons;

const FAKE_BOUNCE_NOTE = 'Some spam imitates bounce messages. Do not open links or attachments in a bounce.';
const SENDER_NOTE =
  "Some recipients were refused because of your own sending (your mail server or domain), not their addresses. Mail to other people may fail too, so Bounce Navi's toolbar button shows a warning, with a report to send to your mail administrator.";
const RENDERED_NOTE =
  'This message was read from the text shown on screen. That holds less than the original source, so the result may be rough.';
const SHOW_SOURCE =
  'Open the original with "Show original" (Gmail: the "⋮" menu of the message; Outlook: the "…" menu, "View message source"), and read the English on the "Status:" and "Diagnostic-Code:" lines.';

/** " The address will keep failing until it is corrected." / " One address will keep failing ..., and 2 will work once the cause is fixed." */
function countLine(f: ReportFacts): string {
  const one = f.recipientCount === 1 ? 'the address' : 'one address';
  const hard =
    f.hardCount === 0 ? '' : f.hardCount === 1 ? `${one} will keep failing until it is corrected` : `${f.hardCount} addresses will keep failing until they are corrected`;
  const softSubject = hard ? (f.softCount === 1 ? 'one' : String(f.softCount)) : f.softCount === 1 ? one : `${f.softCount} addresses`;
  const soft = f.softCount === 0 ? '' : `${softSubject} will work once the cause is fixed`;
  const sentence = [hard, soft].filter(Boolean).join(', and ');
  return sentence ? ` ${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.` : '';
}

function bounce(f: ReportFacts): ExplanationDraft {
  const [onlyCause] = f.causes;
  const title =
    f.recipientCount > 1
      ? `Your mail was not delivered to ${f.recipientCount} recipients`
      : onlyCause
        ? `Your mail was not delivered (${onlyCause === 'mistyped-domain' ? enStoryLabels[onlyCause] : enReasonLabels[onlyCause]})`
        : 'Your mail was not delivered';
  return {
    title,
    whatHappened: `Your mail did not reach ${f.recipientCount > 1 ? 'some of its recipients' : 'its recipient'}, and this notice (a bounce) came back instead.${countLine(f)} The reason and the fix are given for each recipient.`,
    actor: f.actor,
    steps: ["Read each recipient's explanation and follow its steps.", 'Pass on anything urgent by phone or another way.'],
    resend:
      f.hardCount > 0
        ? 'Do not send again to the same address until you have corrected it.'
        : "Send again when each recipient's explanation says, or once the cause is fixed.",
    verdict:
      f.hardCount > 0
        ? 'Mail will not reach a hard-bounced address until the address is corrected. Check it.'
        : 'Every address will receive mail once the cause is fixed.',
    notes: [
      ...(f.hardCount > 0 ? [enSeverityDescriptions.hard(f.softBounceLimit)] : []),
      ...(f.softCount > 0 ? [enSeverityDescriptions.soft(f.softBounceLimit)] : []),
      ...(f.senderRecipients > 0 ? [SENDER_NOTE] : []),
      BOUNCE_RATE_NOTE,
      ...(f.carrierRecipients > 0 ? [silentDropNote(factsFrom())] : []),
      FAKE_BOUNCE_NOTE,
      ...(f.fromRenderedText ? [RENDERED_NOTE] : []),
    ],
  };
}

export const enKinds: Record<ClassifiedKind, ReportText> = {
  bounce,
  delayed: (f) => ({
    title: 'Your mail is delayed (still being sent)',
    whatHappened:
      'This notice says your mail has not been delivered yet; it is not a failure. The recipient\'s server could not take it straight away, so your mail server keeps retrying by itself. Notices such as "could not be delivered for 4 hours" are typical.',
    actor: 'nobody',
    steps: [
      'Do not send it again now; wait.',
      'If it still cannot be delivered after a few days, a "not delivered" notice will follow. Then follow its explanation.',
      'Pass on anything urgent by phone or another way.',
    ],
    resend: 'Do not send it again yet: the recipient could get it twice.',
    verdict: 'Not a failure yet. The mail may still arrive.',
    notes: [...(f.fromRenderedText ? [RENDERED_NOTE] : [])],
  }),
  delivered: () => notFailures.delivered(factsFrom()),
  'auto-reply': () => notFailures.vacation(factsFrom()),
  feedback: () => notFailures.feedback(factsFrom()),
  'not-bounce': () => ({
    title: 'Not a bounce message',
    whatHappened: 'Nothing in this message reports a failed delivery. Read it as an ordinary message.',
    actor: 'nobody',
    steps: [
      'Nothing to do.',
      'If it claims to come from "Mailer-Daemon" or similar but is about mail you never sent, it may be spam. Do not open its links or attachments.',
    ],
    resend: 'No need to send anything again.',
    verdict: 'This message is not a bounce.',
  }),
};

function unparsed(cause: string, whatHappened: string, firstSteps: readonly string[]): ReportText {
  return (f) => ({
    title: `Could not classify this message (${cause})`,
    whatHappened,
    actor: 'you',
    steps: [...firstSteps, SHOW_SOURCE, 'If unsure, ask the recipient by phone or another way whether your mail arrived.'],
    resend: 'This notice alone does not tell whether to send again. Check with the recipient first.',
    verdict: 'Whether your mail arrived cannot be told from this notice.',
    notes: [...(f.fromRenderedText ? [RENDERED_NOTE] : []), ...(f.detail ? [`Technical detail: ${f.detail}`] : [])],
  });
}

export const enUnparsedCauses: Record<UnparsedCause, ReportText> = {
  empty: unparsed('it was empty', 'Nothing could be read from the message. It may still have been loading.', [
    'Close the message and open it again.',
  ]),
  'too-large': unparsed(
    'the bounce is too large',
    'This bounce is too large, so Bounce Navi stopped reading it to spare your computer. This is common when the mail you sent comes back attached.',
    [],
  ),
  'too-deep': unparsed(
    'its structure is too complex',
    'The message holds messages inside messages (nested parts), deeper than can be read safely.',
    [],
  ),
  'too-many-parts': unparsed(
    'it has too many parts',
    'The message is split into hundreds of parts (text and attachment sections), more than can be read safely. A real bounce has a handful, so this one was probably made to look like one.',
    [],
  ),
  'too-many-headers': unparsed(
    'it has too many header lines',
    'The message starts with far more header lines (the technical information at its top) than can be read safely. A real bounce has far fewer, so this one was probably made to look like one.',
    [],
  ),
  'too-slow': unparsed('it took too long', 'Reading took too long, so it stopped to keep your browser responsive.', [
    'Open the message again and retry.',
  ]),
  'not-a-mail': unparsed(
    'the message could not be fetched',
    'Instead of the original message, another page (such as a sign-in page) came back. Your sign-in may have expired.',
    ['Reload the page, sign in again if asked, and reopen the message.'],
  ),
  'broken-mime': unparsed('its format is broken', 'The message format is broken, so its contents could not be read correctly.', []),
  'no-recipient': unparsed(
    'no failed recipient was found',
    'It looks like a bounce, but which address failed could not be found.',
    ['Open the original message in your Sent folder and check its recipients.'],
  ),
};
