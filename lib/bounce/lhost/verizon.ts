/**
 * Verizon Wireless's MMS gateway (sysadmin@...vzwpix.com / vtext.com): "Message could not be
 * delivered to mobile. Error: No valid recipients for this MM" and the original's headers,
 * whose To is the failed number; no delivery-status part.
 */
import { applyVerdict, emptyFact, type DecodedMail } from '../fact';
import { valueAfterLabel } from '../scan';
import { matchByReason, type PhrasesByReason } from '../message-table';
import { findAddresses, squeeze } from '../text';
import type { Lhost } from './types';

const verizonMessages: PhrasesByReason = [['userunknown', ['no valid recipients for this mm']]];

export const verizon: Lhost = {
  id: 'verizon',
  detect: (mail) => /@[a-z0-9.]*(?:vzwpix|vtext)\.com$/.test(mail.from) && /could not be delivered/i.test(mail.body),
  extract(mail): DecodedMail | undefined {
    const error = squeeze(valueAfterLabel(mail.body.split('\n'), 'Error:'));
    const original = mail.body.slice(Math.max(0, mail.body.search(/^Original Message:/im)));
    const recipients = findAddresses(valueAfterLabel(original.split('\n'), 'To:'));
    const facts = recipients.map((recipient) => {
      const fact = { ...emptyFact(recipient), action: 'failed', diagnosticCode: error };
      applyVerdict(fact, matchByReason(error.toLowerCase(), verizonMessages));
      return fact;
    });
    return facts.length > 0 ? { facts } : undefined;
  },
};
