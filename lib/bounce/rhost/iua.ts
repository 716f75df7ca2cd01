import type { ReasonId } from '../reasons/taxonomy';
import type { Rhost } from './types';

/** I.UA's error pages, mail.i.ua/err/N (Sisimai rhost/iua behaviour). */
const iuaErrors: Readonly<Record<string, ReasonId>> = {
  '1': 'norelaying', // SMTP used as a mail gate
  '2': 'userunknown',
  '3': 'suspend', // mailbox frozen: unused for months
  '4': 'mailboxfull',
  '5': 'ratelimited', // sending limit exceeded
  '6': 'norelaying', // use your provider's SMTP
  '7': 'blocked', // bad HELO
  '8': 'rejected', // sender address not verifiable
  '9': 'blocked', // sender IP blacklisted
  '10': 'filtered',
};

export const iua: Rhost = {
  id: 'iua',
  hosts: ['.email.ua'],
  domains: ['i.ua', 'email.ua'],
  decide(facts) {
    const number = /mail\.i\.ua\/err\/(\d+)/.exec(facts.diagnosis)?.[1];
    const reason = number ? iuaErrors[number] : undefined;
    return reason && number ? { reason, matched: `err/${number}` } : undefined;
  },
};
