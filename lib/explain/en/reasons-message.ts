import type { ReasonId } from '@/lib/bounce/types';
import type { ReasonText } from '../types';
import { SERVER, adminMessage, attachmentList, carrierName, sizePhrase } from './common';

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** English texts for the reasons about the message. */
export const enMessageReasons = {
  emailtoolarge: (f) => {
    const names = attachmentList(f);
    return {
      title: 'The message was too large to be accepted',
      whatHappened: `${capitalise(sizePhrase(f))} went over the largest size the recipient accepts.${
        names ? ` The attachments were ${names}.` : ''
      } Many servers accept about 5–10 MB at most.${
        f.carrier ? ` Mobile addresses such as ${carrierName(f)}'s may take only a few MB.` : ''
      }`,
      actor: 'you',
      severity: 'soft',
      steps: [
        'Split the attachments over two or more messages.',
        'Compress the files (ZIP, for example). Photos get much smaller at a lower quality.',
        'If it is still too large, put the files on a file-sharing service and send only the download link.',
      ],
      resend: 'Sending the same message again will fail. Make it smaller first.',
      verdict: 'The address is right. A smaller message will arrive.',
          };
  },

  contenterror: (f) => ({
    title: f.signals.has('line-too-long')
      ? 'A line of the message was too long to be accepted'
      : 'Refused because of the message format',
    whatHappened: f.signals.has('line-too-long')
      ? `The recipient's ${SERVER} does not accept messages with very long lines (long text without line breaks). This happens most with HTML mail or long pasted text.`
      : `The recipient's ${SERVER} found a problem in the message's format (its headers or character encoding). Such problems also cause garbled text (mojibake).`,
    actor: 'you',
    severity: 'soft',
    steps: [
      'Switch the message from HTML to plain text and send it again.',
      'Paste the text into a plain editor such as Notepad, then back into the message. Hidden formatting goes away.',
      'Use fewer special symbols and emoji.',
      'If it is still refused, send the text below to your mail administrator.',
    ],
    resend: 'Sending the same message again gives the same error. Change the format first.',
    verdict: 'The address is right. A message in another format will arrive.',
    adminMessage: adminMessage(
      "Mail I sent was refused by the recipient's server because of its format (headers, character encoding or line length). Please check the encoding and format settings of our mail software.",
      f,
    ),
  }),

  virusdetected: (f) => {
    const names = attachmentList(f);
    return {
      title: 'A virus was reported in the attachment',
      whatHappened: `The recipient's server judged that the message (usually an attachment${names ? `: ${names}` : ''}) contains a virus or other harmful program, and refused it. The file may really be infected, or it may be a false alarm.`,
      actor: 'you',
      severity: 'soft',
      steps: [
        'First send one test message to the same recipient without the attachment.',
        'If that arrives, the attachment is the cause. Scan the file with your antivirus software.',
        'If a virus is found, do not send the file; ask whoever looks after your computer.',
        'If the file is clean, send it compressed, or as a file-sharing link.',
      ],
      resend: 'Sending again with the same attachment will fail.',
      verdict: 'The address is right. Once the attachment problem is solved, mail will arrive.',
          };
  },

  spamdetected: (f) => ({
    title: 'Refused as spam',
    whatHappened:
      f.blocklists.length > 0
        ? `The recipient's ${SERVER} judged your message to be spam. The error names a block list (a list of known spam senders): ${f.blocklists.join(', ')}. The cause is most likely the server that sent your mail being listed there, not the wording.`
        : `The recipient's ${SERVER} judged your message to be spam. The wording (short URLs, many links, an image-only body) or the sending server's reputation can cause this.`,
    actor: f.blocklists.length > 0 ? 'your-admin' : 'you',
    severity: 'soft',
    steps:
      f.blocklists.length > 0
        ? [
            'Send the text below to your provider or mail administrator at once. Rewording the mail will not fix this.',
            'Your account may have been taken over and used to send spam. Change your mail password.',
            'Pass on anything urgent by phone or another way.',
          ]
        : [
            'Remove short URLs and unneeded links, write the subject and body as plain sentences, and send again.',
            'If mail to other people bounces the same way, your account may have been used to send spam. Change your password now.',
            'If it is still refused, send the text below to your provider or mail administrator and ask for help.',
          ],
    resend:
      f.blocklists.length > 0
        ? 'Sending again gives the same error until the sending server problem is fixed.'
        : 'Sending again gives the same error until the content or the sender problem is fixed.',
    verdict: 'The address is right. It will work once the cause is fixed.',
    adminMessage: adminMessage(
      `Mail I sent was refused as spam by the recipient's server.${
        f.blocklists.length > 0 ? ` The error names a block list (${f.blocklists.join(', ')}).` : ''
      } Please check whether our sending IP address is on a block list and whether the account has been misused.`,
      f,
    ),
  }),

  notcompliantrfc: (f) => ({
    title: 'The message does not follow the mail standard',
    whatHappened: `The recipient's ${SERVER} found that the message's headers (fields such as the subject and the sender) do not follow the international mail standard, for example a duplicated Subject or From. This is almost always a problem of the sending software or system.`,
    actor: 'your-admin',
    severity: 'soft',
    steps: [
      'Send the message again as plain text from your usual mail program.',
      'If it is still refused, send the text below to your mail administrator.',
    ],
    resend: 'Sending again gives the same error until the cause is fixed.',
    verdict: 'The address is right. It will work once the sending side is fixed.',
    adminMessage: adminMessage(
      "Mail I sent was refused by the recipient's server because its headers do not follow RFC 5322 (for example a duplicated Subject or From). Please check what our mail software or system produces.",
      f,
    ),
  }),
} satisfies Partial<Record<ReasonId, ReasonText>>;
