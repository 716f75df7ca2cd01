import type { ReasonId } from '@/lib/bounce/types';
import { isPermanentRefusal } from '../facts';
import type { ReasonText } from '../types';
import { isRequestCarrier, receptionRequest } from '../ja/carriers';
import { DOMAIN_PART, SERVER, USER_PART, adminMessage, carrierName, silentDropNote, spoofFilterNote } from './common';

/** English texts for the reasons about the address itself. */
export const enAddressReasons = {
  userunknown: (f) => ({
    title: 'The part before the @ is wrong, or the address is no longer used',
    whatHappened: `The recipient's ${SERVER} answered that there is no such user. The ${USER_PART} is misspelt, or the address is no longer in use.`,
    actor: 'you',
    severity: 'hard',
    steps: [
      'Check the address letter by letter, especially the part before the @.',
      ...(f.signals.has('autocomplete')
        ? ['Outlook may be offering an old address from its Auto-Complete list. Delete that suggestion and type the address again.']
        : []),
      "Compare it with the recipient's business card or a mail they sent you.",
      'Once you have the right address, send the message again to it.',
      "If you cannot find it, ask the recipient for their current address by phone or another way.",
    ],
    resend: 'Sending again to the same address will fail. Correct the address first.',
    verdict: 'Mail to this address will not arrive until it is corrected.',
    notes: [
            ...(f.carrier === 'docomo'
        ? ['Since February–March 2025, docomo no longer rejects filtered mail with an error; it puts it in a spam folder instead. So a docomo "Unknown user" now almost always means the address really does not exist. Ask whether the recipient changed their address when switching phones or carriers.']
        : f.carrier
          ? [`At ${carrierName(f)}, the recipient's reception filter can return the same "User unknown". If you are sure the address is right, ask the recipient to check their filter settings.`]
          : []),
    ],
  }),

  hostunknown: (f) => ({
    // Soft only when the domain was not found under a temporary code: the title does not claim it is wrong.
    title: f.severity === 'soft' ? 'The part after the @ (the domain) was not found' : 'The part after the @ is wrong',
    whatHappened: `The ${DOMAIN_PART} could not be found. That domain does not exist on the internet, or it is misspelt. The message never reached the recipient's server.`,
    actor: 'you',
    severity: 'hard',
    steps: [
      'Check the part after the @ letter by letter (for example ".co.jp" against ".ne.jp", or ".com" against ".con").',
      "Compare it with the recipient's business card or a mail they sent you.",
      'Send the message again to the corrected address.',
      "For a company address, also check whether the company has changed its domain.",
    ],
    // Soft only when the domain was not found under a temporary code (story.ts, nonexistent-domain).
    resend:
      f.severity === 'soft'
        ? 'If the part after the @ is right, wait a few hours and send it once more: the domain may be briefly unreachable.'
        : 'Sending again to the same address will fail. Correct the part after the @ first.',
    verdict:
      f.severity === 'soft'
        ? 'Check the part after the @. If it is right, mail may arrive once their domain works again.'
        : 'Mail to this address will not arrive until it is corrected.',
  }),

  hasmoved: (f) => ({
    title: "The recipient's address has moved",
    whatHappened: `The recipient's ${SERVER} answered that this address has moved to another one. Mail to the old address is not forwarded.`,
    actor: 'you',
    severity: 'hard',
    steps: [
      "Find out the recipient's new address another way: by phone, or from a recent mail of theirs.",
      'If the bounce names a new address, do not trust it blindly; confirm it with the recipient.',
      'Send the message to the new address and update your address book.',
    ],
    resend: 'Sending again to the old address will fail. Use the new address.',
    verdict: 'The old address will not receive mail any more.',
    adminMessage: adminMessage('The mail I sent you came back saying that your address has moved. Could you tell me your new address?', f),
  }),

  notaccept: (f) => ({
    title: "The recipient's domain does not accept mail",
    whatHappened: `The ${DOMAIN_PART} exists but is set up to receive no mail. This is common for domains that are not used for mail, or no longer are.`,
    actor: 'recipient',
    severity: isPermanentRefusal(f) ? 'hard' : 'soft',
    steps: ['Check that the part after the @ is right.', 'Ask the recipient, by phone or another way, which address they use now.'],
    resend:
      isPermanentRefusal(f)
        ? 'Sending again to the same address will fail.'
        : 'This may be temporary. Wait half a day to a day, then send it once more.',
    verdict:
      isPermanentRefusal(f)
        ? 'Mail to this address will not arrive. Ask the recipient for the address they use now.'
        : 'It fails now, but may work if the recipient changes their setup.',
  }),

  filtered: (f) => ({
    title: f.carrier ? `Refused by the recipient's ${carrierName(f)} reception settings` : "Refused by the recipient's filter settings",
    whatHappened: f.carrier
      ? "The address exists, but the reception filter the recipient set on their phone (an anti-spam setting) refused your mail. Settings that refuse mail from computers or from unknown addresses are common."
      : "The address exists, but the recipient's anti-spam settings (a filter) refused your mail.",
    actor: 'recipient',
    severity: 'soft',
    steps: f.carrier
      ? [
          ...(isRequestCarrier(f.carrier)
            ? [
                "Copy the request below (in Japanese, for the recipient) and send it by SMS or LINE: it names the setting on their carrier's own screens and your domain to allow.",
              ]
            : ['Contact the recipient another way, such as a phone call or SMS.', 'Ask them to add your address (or your domain) to their allowed senders list.']),
          'Ask them also to check that mail from computers is not refused.',
          'Once they have changed it, send the message again.',
        ]
      : [
          'Contact the recipient another way, such as a phone call.',
          'Ask them to change their settings so that mail from your address or domain is accepted.',
          'Once they have changed it, send the message again.',
        ],
    resend: 'Sending again will fail until the recipient changes their settings.',
    verdict: 'The address is in use. It will work once the recipient changes their settings.',
    adminMessage: isRequestCarrier(f.carrier)
      ? receptionRequest(f.carrier, f.ownDomain)
      : adminMessage('The mail I sent you was refused by your reception settings. Could you allow mail from my address (or domain)?', f),
    notes: [
      ...(f.carrier === 'docomo'
        ? ["Since February–March 2025, docomo puts most filtered mail in a spam folder. If a message seems missing, ask the recipient to look there too."]
        : []),
      ...(f.carrier ? [spoofFilterNote(f), silentDropNote(f)] : []),
    ],
  }),

  rejected: (f) => ({
    title: 'Refused because of your sender address',
    whatHappened: `The recipient's ${SERVER} refused the mail because of the sender: your address or its domain. Either the recipient blocks your address, or your domain's setup has a problem.`,
    actor: f.carrier ? 'recipient' : 'your-admin',
    severity: 'soft',
    steps: [
      'Check that your sender address is right.',
      'Ask the recipient whether they block your address or domain.',
      'If mail to other people bounces the same way, send the text below to your mail administrator.',
    ],
    resend: 'Sending again will fail the same way until the cause is fixed.',
    verdict: `The recipient's address may well be in use. It will work once the cause is fixed.`,
    adminMessage: adminMessage(
      "Mail I sent was refused by the recipient's server because of the envelope sender (MAIL FROM). Please check our sending domain's DNS (MX and A records) and its SPF record.",
      f,
    ),
    notes: [...(f.carrier ? [spoofFilterNote(f)] : [])],
  }),

  mailboxfull: (f) => ({
    title: "The recipient's mailbox is full",
    whatHappened:
      "The recipient's mailbox (where their mail is kept) has reached its size limit, so it could not take new mail. The address is right; once they delete old mail, it can receive again.",
    actor: 'recipient',
    severity: 'soft',
    steps: [
      'Tell the recipient by phone or another way that their mailbox is full.',
      'Pass on anything urgent that way first.',
      'Send the message again after they have deleted old mail.',
    ],
    resend: f.signals.has('temporary')
      ? 'Your server keeps retrying for a while. If the recipient makes room, it may still arrive on its own.'
      : 'Once the recipient has deleted old mail, sending again will work.',
    verdict: 'The address is right and the error is temporary. Mail will arrive once they make room.',
    adminMessage: adminMessage(
      'The mail I sent you came back saying that your mailbox is full. Could you delete some old mail?',
      f,
    ),
  }),

  suspend: (f) => ({
    title: "The recipient's address is suspended",
    whatHappened: `The address exists but cannot be used now. The provider has stopped it, for example because it was unused for a long time or the contract stopped.${
      f.carrier ? ' A mobile address can be stopped by an unpaid bill or a cancelled contract.' : ''
    }`,
    actor: 'recipient',
    severity: 'soft',
    steps: [
      'Contact the recipient by phone or another way.',
      'Ask whether they still use this address or have another one.',
      'If they have a new address, send the message there.',
    ],
    resend: 'Sending again will fail until the recipient reactivates the address.',
    verdict: 'It fails for now; it will work if the recipient reactivates it.',
    adminMessage: adminMessage(
      'The mail I sent you came back saying that your account is suspended. Do you still use this address? If you have another one, please let me know.',
      f,
    ),
    notes: [
      'If the error says that YOUR account is suspended, the problem is on your side: contact your provider at once.',
    ],
  }),

  suppressed: (f) => ({
    title: 'Your sending service stopped mail to this address',
    whatHappened:
      'The service that sends your mail did not send it, because this address is on its "do not send" list (a suppression list). Addresses get there after earlier bounces or spam complaints.',
    actor: 'your-admin',
    severity: 'soft',
    steps: [
      'Check by phone or another way that the address is still right.',
      'If it is, send the text below to your mail administrator and ask them to remove it from the list.',
      'If the address has changed, send the message to the new one.',
    ],
    resend: 'Nothing is sent until the address is removed from the list.',
    verdict: 'Mail to this address is stopped; removing it from the list lets you send again.',
    adminMessage: adminMessage(
      "Mail was not sent because the recipient is on our sending service's suppression list. Please check that the address is valid and remove it from the list.",
      f,
    ),
  }),
} satisfies Partial<Record<ReasonId, ReasonText>>;
