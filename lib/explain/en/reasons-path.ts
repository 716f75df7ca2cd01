import type { ReasonId } from '@/lib/bounce/types';
import type { ReasonText, TextFacts } from '../types';
import { SERVER, adminMessage } from './common';

function waitResend(f: TextFacts): string {
  return f.signals.has('temporary')
    ? 'Your server is still retrying by itself. Do not send again yet; wait.'
    : 'Wait a while (a few hours to half a day), then send it once more.';
}

/** English texts for the path between the servers, the undecided cases, and the outcomes that are not failures. */
export const enPathReasons = {
  expired: () => ({
    title: "Gave up: the recipient's server could not be reached in time",
    whatHappened: `The server sending your mail tried again and again to hand it to the recipient's ${SERVER}, but could not for the allowed time (usually a few days), and gave up. The recipient's server was probably down or overloaded all that time.`,
    actor: 'recipient-admin',
    severity: 'soft',
    steps: [
      'Tell the recipient by phone or another way that your mail did not arrive.',
      'Send it again after a while.',
      "If it keeps failing, ask the recipient to have their mail administrator look into it.",
    ],
    resend: 'This message will not be retried any more. Send it again later.',
    verdict: 'The address is not necessarily wrong. Mail will arrive once their server is fixed.',
  }),

  // Nobody acts while the server still retries (4xx); after a final failure the user sends again later.
  networkerror: (f) => ({
    title: "There was a problem on the way to the recipient's server",
    whatHappened: `Something went wrong while looking up or connecting to the recipient's ${SERVER}: a passing fault in DNS (the system that looks up where a domain's server is) or congestion. It usually clears up by itself.`,
    actor: f.signals.has('temporary') ? 'nobody' : 'you',
    ...(f.signals.has('temporary') ? {} : { actorText: 'Send the mail again yourself, a while later.' }),
    severity: 'soft',
    steps: [
      'Check the part after the @ for typos, just in case.',
      f.signals.has('temporary')
        ? 'If it is right, just wait: your mail server retries by itself.'
        : 'If it is right, send the mail again in a few hours to half a day.',
      'Pass on anything urgent by phone or another way.',
    ],
    resend: waitResend(f),
    verdict: f.signals.has('temporary')
      ? 'A temporary problem; the mail should arrive after a while.'
      : 'A temporary problem; sent again later, the mail should arrive.',
  }),

  systemerror: (f) => ({
    title: "The recipient's server had a fault",
    whatHappened: `The recipient's ${SERVER} had a fault and could not take the mail. It is not a problem on your side. Most such faults are fixed within hours.`,
    actor: f.signals.has('temporary') ? 'nobody' : 'you',
    ...(f.signals.has('temporary') ? {} : { actorText: 'Send the mail again yourself, a while later.' }),
    severity: 'soft',
    steps: [
      f.signals.has('temporary')
        ? 'Wait for now. Once their server is fixed, the retried message will arrive.'
        : 'Send the mail again in a few hours to half a day.',
      'Pass on anything urgent by phone or another way.',
      "If it lasts for days, tell the recipient so that their mail administrator can look into it.",
    ],
    resend: waitResend(f),
    verdict: 'A temporary problem; it will work once their server is fixed.',
  }),

  systemfull: (f) => ({
    title: "The recipient's server is out of storage",
    whatHappened: `The recipient's ${SERVER} has run out of storage (disk space), so it could not take the mail. The whole server is affected, not only the recipient.`,
    actor: 'recipient-admin',
    severity: 'soft',
    steps: [
      'Wait a little, then send again.',
      'Pass on anything urgent by phone or another way.',
      'If it keeps happening, tell the recipient so that their mail administrator can fix it.',
    ],
    resend: waitResend(f),
    verdict: 'A temporary problem; it will work once their server has room.',
  }),

  mailererror: (f) => ({
    title: "Delivery failed inside the recipient's server",
    whatHappened: `The mail reached the recipient's ${SERVER}, but the program that puts it in the mailbox failed there. It is a setup problem or fault on their side.`,
    actor: 'recipient-admin',
    severity: 'soft',
    steps: [
      'Tell the recipient by phone or another way that your mail did not arrive.',
      'Ask them to pass the text below to their mail administrator.',
      'Send the message again once they say it is fixed.',
    ],
    resend: 'Until their side is fixed, sending again may fail the same way.',
    verdict: 'A problem on their side; mail will arrive once it is fixed.',
    adminMessage: adminMessage(
      'The mail I sent you failed inside your mail server, in the program that delivers it to the mailbox. Could you check the server setup?',
      f,
    ),
  }),

  syntaxerror: (f) => ({
    title: 'An error in the conversation between the servers',
    whatHappened: `While handing over the mail, the servers talk in fixed steps. The recipient's ${SERVER} answered that a command was malformed. This is most often a problem of the sending software or its settings.`,
    actor: 'your-admin',
    severity: 'soft',
    steps: ['Send the message once more.', 'If the same error comes back, send the text below to your mail administrator.'],
    resend: 'Try sending once more. If it keeps failing, the settings need fixing.',
    verdict: 'It may work once the settings are fixed.',
    adminMessage: adminMessage(
      "Mail I sent was refused by the recipient's server with an SMTP command syntax error. Please check our mail software's or server's SMTP implementation and settings.",
      f,
    ),
  }),

  onhold: () => ({
    title: 'The reason could not be decided',
    whatHappened:
      'The mail did not arrive, but the error says too little to decide why. The English words shown below, with their meanings, are the best clue.',
    actor: 'you',
    severity: 'soft',
    steps: [
      'Read "What the receiving server said" below, with the meaning of its English words.',
      'Check the recipient address for typos.',
      'Ask the recipient by phone or another way whether your mail arrived.',
    ],
    resend: 'Try once more after a while. If the same error returns, stop and check with the recipient.',
    verdict: 'Possibly temporary.',
  }),

  undefined: () => ({
    title: 'No reason was given',
    whatHappened: 'The mail did not arrive, but the bounce gives neither an error code (a number for the kind of error) nor an explanation.',
    actor: 'you',
    severity: 'soft',
    steps: [
      'Check the recipient address for typos.',
      'Ask the recipient by phone or another way whether your mail arrived.',
      'Try sending once more after a while.',
    ],
    resend: 'Try once more. If it comes back again, contact the recipient another way.',
    verdict: 'The reason is unknown.',
  }),

  delivered: () => ({
    title: 'Your mail was delivered',
    whatHappened: "This is not an error but a delivery notice. Your mail reached the recipient's server.",
    actor: 'nobody',
    steps: ['Nothing to do.'],
    resend: 'No need to send it again.',
    verdict: 'Mail reaches this address.',
  }),

  vacation: () => ({
    title: 'An automatic reply from the recipient',
    whatHappened: 'This is not an error but an automatic reply the recipient set up (an out-of-office or holiday notice). Your mail reached them.',
    actor: 'nobody',
    steps: ['See whether the reply gives the dates they are away or another contact.', 'For anything urgent, use that other contact.'],
    resend: 'No need to send it again.',
    verdict: 'Mail reaches this address.',
  }),

  feedback: () => ({
    title: 'The recipient reported your mail as spam',
    whatHappened:
      "This is not a bounce but a complaint report (a feedback loop). The recipient's mail service tells you that they marked your mail as spam.",
    actor: 'you',
    steps: [
      'Stop sending newsletters or announcements to this address.',
      'If you send bulk mail, remove people who do not want it from your list.',
    ],
    resend: 'Do not send it again. More complaints make all your mail less likely to arrive.',
    verdict: "The mail arrived, but sending more to this address will hurt your sending reputation.",
  }),
} satisfies Partial<Record<ReasonId, ReasonText>>;
