import type { SendingKind } from '../story';
import type { SendingWords } from '../sending';

/** The popup's "your sending" warning and the report for the mail administrator, in English. */
export const enSendingWords: SendingWords = {
  title: {
    listed: (lists) => `Your mail server is on a spam block list${lists.length > 0 ? ` (${lists.join(', ')})` : ''}`,
    reputation: () => "Your sending has a poor reputation, and mail is being refused",
    authentication: () => "Your domain fails sender authentication (SPF, DKIM, DMARC), and mail is being refused",
    ptr: () => 'Your mail server has no reverse DNS (PTR) record, and mail is being refused',
    rate: () => 'You sent too much too fast, and mail is refused for a while',
    policy: () => "A receiving organisation's rules refuse your mail",
    refused: () => "Receiving servers refuse your mail because of your sender or server",
  } satisfies Record<SendingKind, (lists: readonly string[]) => string>,
  meaning: {
    listed: "A block list names servers that were seen sending spam. While your mail server's IP address is on one, many receivers refuse its mail.",
    reputation: 'The receiver judged from your past sending (spam reports, many bounces) that your mail cannot be trusted.',
    authentication: "The receiver could not confirm that the mail really came from your domain: your domain's DNS lacks the records, or leaves out the server you send through.",
    ptr: 'Your server has no record mapping its IP address back to its name (PTR), so the receiver refuses it.',
    rate: 'Too much mail came from you in a short time, so the receiver limits it for a while.',
    policy: "The receiving organisation's own rules (no mail from outside, or no attachments of some kinds, for example) refuse your mail.",
    refused: 'The receiving server refuses your mail because of your sender address or server settings.',
  } satisfies Record<SendingKind, string>,
  others: {
    listed: "This is not a problem of the recipients' addresses. Until it is fixed, mail to other recipients may fail too.",
    reputation: "This is not a problem of the recipients' addresses. Until it is fixed, mail to other recipients may fail too.",
    authentication: "This is not a problem of the recipients' addresses. Until it is fixed, mail to other recipients may fail too.",
    ptr: "This is not a problem of the recipients' addresses. Until it is fixed, mail to other recipients may fail too.",
    rate: "This is not a problem of the recipients' addresses. If the mass mailing goes on, other recipients will be refused too.",
    policy: "This is not a problem of the recipients' addresses. Other recipients in the same organisation may be refused too.",
    refused: "This is not a problem of the recipients' addresses. Until it is fixed, mail to other recipients may fail too.",
  } satisfies Record<SendingKind, string>,
  who: {
    listed: 'Only your mail administrator or your provider can fix it. Your account may have been taken over: send them the report below now.',
    reputation: 'Only your mail administrator or your provider can fix it. Send them the report below.',
    authentication: 'Only whoever manages your domain (your mail administrator or the domain provider) can fix it. Send them the report below.',
    ptr: 'Only your mail administrator or your provider can fix it. Send them the report below.',
    rate: 'Wait a while, then send in smaller batches. If it goes on, send the report below to your mail administrator.',
    policy: "If there was an attachment, try without it (or as a file-sharing link). If it is still refused, only the receiving organisation's mail administrator can change it: call the recipient to find a way that works.",
    refused: 'Only your mail administrator or your provider can fix it. Send them the report below.',
  } satisfies Record<SendingKind, string>,
  count: (bounces, domains) => `${bounces} such ${bounces === 1 ? 'error is' : 'errors are'} still open (recipient domains: ${domains.join(', ')}).`,
  quiet: (days) => `The warning clears by itself after ${days} days without such an error. When it is fixed, press "Fixed".`,
  reportSubject: 'Our outgoing mail is being refused by receiving servers',
  reportIntro: [
    'Hello,',
    'Mail we sent is being refused by the receiving servers because of our sending side (our mail server or domain). It may affect other recipients too; could you please look into it?',
    'The decisive lines of the bounces:',
  ],
  reportLine: (incident, date) => [
    `- ${date}  recipient domain: ${incident.recipientDomain}${incident.recipients > 1 ? ` (${incident.recipients} recipients)` : ''}`,
    `  reply code: ${incident.replyCode || 'unknown'}  status: ${incident.status || 'unknown'}  remote server: ${incident.remoteMta || 'unknown'}`,
    ...(incident.lists.length > 0 ? [`  block list named: ${incident.lists.join(', ')}`] : []),
    ...(incident.diagnostic ? [`  server response: ${incident.diagnostic}`] : []),
  ],
  reportOutro: 'Thank you.',
};
