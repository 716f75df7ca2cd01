import type { ReasonId } from '@/lib/bounce/types';
import type { ReasonText, TextFacts } from '../types';
import { BOUNCE_RATE_NOTE, SERVER, adminMessage, carrierName, spoofFilterNote } from './common';

const PROVIDER_AT_ONCE = 'Contact your provider (the company that runs your mail) or your mail administrator at once.';
const CHANGE_PASSWORD = 'Your account may have been taken over and used to send spam. Change your mail password.';
const PROVIDER_NOTICE = 'Check whether your provider has sent you a mail explaining the cause and the fix.';

function blocklistSentence(f: TextFacts): string {
  return f.blocklists.length > 0 ? ` The error names a block list (a list of known spam senders): ${f.blocklists.join(', ')}.` : '';
}

/** English texts for the reasons about the sender or its server. */
export const enSenderReasons = {
  blocked: (f) => ({
    title: 'Your sending server is blocked',
    whatHappened: `The recipient's ${SERVER} refuses mail from the server that sent yours (or from its IP address, its number on the internet). Most often it has been taken for a source of spam.${blocklistSentence(f)} Someone else sending through the same server may be the cause.`,
    actor: 'your-admin',
    severity: 'soft',
    steps: [PROVIDER_AT_ONCE, CHANGE_PASSWORD, PROVIDER_NOTICE, 'Pass on anything urgent by phone or another way.'],
    resend: 'Sending again gives the same error until the sending side is fixed.',
    verdict: `The recipient's address is fine. It will work once the sending side is fixed.`,
    adminMessage: adminMessage(
      `Mail I sent was refused by the recipient's server because of our sending server (IP address).${
        f.blocklists.length > 0 ? ` The error names a block list (${f.blocklists.join(', ')}).` : ''
      } Please check whether our IP address is on a block list and whether the account has been misused, and request delisting.`,
      f,
    ),
  }),

  badreputation: (f) => ({
    title: 'Refused because of your poor sending reputation',
    whatHappened: `The recipient's ${SERVER} judged the "reputation" of your domain or sending server to be poor: too many spam reports or bounces from it so far. Large providers such as Gmail and Outlook do this most. Sending again and again to addresses that bounce lowers it.`,
    actor: 'your-admin',
    severity: 'soft',
    steps: [
      PROVIDER_AT_ONCE,
      CHANGE_PASSWORD,
      'Stop sending to addresses you know bounce, and clean up any mailing list you send to.',
      'Pass on anything urgent by phone or another way.',
    ],
    resend: 'Mail may be refused until the reputation recovers. Wait a few days, then send a little at a time.',
    verdict: `The recipient's address is fine. It will work once your reputation recovers.`,
    adminMessage: adminMessage(
      "Mail I sent was refused by the recipient's server because of our domain's or IP address's reputation. Please review sending volume, bounce rate, spam complaints and possible account misuse.",
      f,
    ),
    notes: [BOUNCE_RATE_NOTE],
  }),

  authfailure: (f) => {
    const checks = f.authChecks.length > 0 ? f.authChecks.join(', ') : 'SPF, DKIM, DMARC';
    const isGmail = f.status === '5.7.26' || f.signals.has('gmail');
    return {
      title: 'Refused because your mail could not be verified as genuine',
      whatHappened: `The recipient's ${SERVER} found that your mail failed sender authentication (the checks that your domain is genuine: ${checks}). Your domain's records are incomplete, or the server that sent the mail is not listed in them.${
        isGmail ? ' Gmail requires mail to pass these checks.' : ''
      } You cannot fix this yourself; whoever runs your domain has to.`,
      actor: 'your-admin',
      severity: 'soft',
      steps: [
        'Send the text below to your mail administrator (or the company that manages your domain).',
        'If you recently changed how you send mail (a new mailing service, for example), tell them that too.',
        'Pass on anything urgent by phone or another way.',
      ],
      resend: 'Sending again gives the same error until the records are fixed. Send again after that.',
      verdict: `The recipient's address is fine. It will work once your domain's records are fixed.`,
      adminMessage: adminMessage(
        `Mail I sent was refused by the recipient's server because it failed sender authentication (${checks}).${
          isGmail ? " This falls under Gmail's sender guidelines (5.7.26)." : ''
        } Please check that our SPF record includes the sending server, that mail carries a DKIM signature, and that both align with our DMARC policy.`,
        f,
      ),
      notes: [...(f.carrier ? [spoofFilterNote(f)] : [])],
    };
  },

  requireptr: (f) => ({
    title: "Refused because your sending server's reverse DNS is missing",
    whatHappened: `The recipient's ${SERVER} requires the sending server to have reverse DNS (a PTR record: an entry that gives a server's name from its IP address). The server that sent your mail has none, or a wrong one.`,
    actor: 'your-admin',
    severity: 'soft',
    steps: ['Send the text below to your mail administrator or provider.', 'Pass on anything urgent by phone or another way.'],
    resend: 'Sending again gives the same error until the record is fixed.',
    verdict: `The recipient's address is fine. It will work once the record is fixed.`,
    adminMessage: adminMessage(
      "Mail I sent was refused by the recipient's server because our sending IP address has no reverse DNS (PTR record), or one that does not match its forward DNS. Please set up the PTR record.",
      f,
    ),
  }),

  policyviolation: (f) => ({
    title: "Refused by the recipient organisation's rules",
    whatHappened: `The recipient's ${SERVER} refused the mail because it breaks a rule (a policy) set by the recipient's organisation. Some addresses take no mail from outside, some organisations refuse certain kinds of attachment. The recipient's address is not the problem.`,
    actor: 'recipient-admin',
    severity: 'soft',
    steps: [
      'If there was an attachment, try sending without it, or as a file-sharing link. More and more organisations refuse password-protected ZIP files and program files (.exe and the like).',
      'If it is still refused, tell the recipient by phone or another way that your mail did not arrive.',
      "Ask them to check with their mail administrator what it takes to receive it.",
    ],
    resend: 'Sending again gives the same error until the mail meets their rules.',
    verdict: 'The address may well be in use. Mail that meets their rules will arrive.',
    adminMessage: adminMessage(
      "The mail I sent you was refused by your mail server's policy. Could you check under what conditions it can be received?",
      f,
    ),
  }),

  securityerror: (f) => ({
    title: "Refused for security reasons by the recipient's server",
    whatHappened: `The recipient's ${SERVER} refused the mail for security reasons: the sender could not be verified, or the mail was sent in a way that is not allowed. The English error often names the exact reason.`,
    actor: 'your-admin',
    severity: 'soft',
    steps: [
      'Read "What the receiving server said" below, with the meaning of its English words.',
      'Send the text below to your mail administrator.',
      'Pass on anything urgent by phone or another way.',
    ],
    resend: 'Sending again gives the same error until the cause is fixed.',
    verdict: 'It may work once the cause is fixed.',
    adminMessage: adminMessage(
      "Mail I sent was refused by the recipient's server for security reasons (5.7.x). Please read the error text and check our authentication and sending setup.",
      f,
    ),
  }),

  norelaying: (f) => ({
    title: 'Relaying was refused',
    whatHappened: `${
      f.carrier === 'au' ? 'When mail to au returns this error, the address is often written incorrectly. ' : ''
    }A server on the way answered that it may not relay this mail (pass it on to another server). Your mail program's outgoing settings (logging in to the outgoing server) are wrong, or the recipient's domain is not handled by that server.`,
    actor: 'your-admin',
    severity: 'soft',
    steps: [
      'Check the recipient address for typos, especially the part after the @.',
      "In your mail program's settings, check that authentication (login) for the outgoing (SMTP) server is turned on.",
      'If unsure, send the text below to your mail administrator.',
    ],
    resend: 'Sending again gives the same error until the settings or the address are fixed.',
    verdict: 'It may work once the settings or the address are fixed.',
    adminMessage: adminMessage(
      'Mail I sent came back with "Relay access denied". Please check SMTP authentication for sending and the MX record of the recipient domain.',
      f,
    ),
  }),

  ratelimited: (f) => ({
    title: 'Temporarily refused: too much mail too fast',
    whatHappened: `The recipient's ${SERVER} found too many messages or connections from the same sender in a short time, and is limiting what it accepts for a while. This happens most with bulk mail or messages with many recipients.`,
    actor: f.signals.has('temporary') ? 'nobody' : 'you',
    severity: 'soft',
    steps: [
      f.signals.has('temporary')
        ? 'Wait for now: your mail server retries by itself for a while.'
        : 'Wait 30 minutes to an hour, then send again.',
      'For bulk mail, split the recipients into small groups and send them with gaps in between.',
      'If it keeps happening, send the text below to your mail administrator.',
    ],
    resend: f.signals.has('temporary')
      ? 'Your server retries by itself for a while. If it still fails, send again after a gap.'
      : 'After a gap, sending again usually works.',
    verdict: 'A temporary limit; mail will arrive after a while.',
    adminMessage: adminMessage(
      "Mail I sent was temporarily refused by the recipient's server because of a rate limit (messages or connections). Please review our sending rate and concurrent connections.",
      f,
    ),
  }),

  failedstarttls: (f) => ({
    title: 'The connection could not be encrypted, so the mail was not handed over',
    whatHappened: `The recipient's ${SERVER} requires encryption (TLS: protection of the connection against eavesdropping), but the two servers failed to set it up. It is a setting on one of the servers; you cannot fix it yourself.`,
    actor: 'your-admin',
    severity: 'soft',
    steps: ['Send the text below to your mail administrator.', 'Pass on anything urgent by phone or another way.'],
    resend: 'Sending again usually gives the same error until the settings are fixed.',
    verdict: `The recipient's address is fine. It will work once the server settings are fixed.`,
    adminMessage: adminMessage(
      "Mail I sent could not be handed to the recipient's server because STARTTLS (TLS) failed. Please check our server's TLS settings (supported versions, certificate).",
      f,
    ),
    notes: [
      ...(f.carrier ? [`If mail to this ${carrierName(f)} address keeps failing, asking the recipient for another address is one way out.`] : []),
    ],
  }),
} satisfies Partial<Record<ReasonId, ReasonText>>;
