/**
 * BIGLOBE (postmaster@biglobe.ne.jp). Sendmail-like section rules, but its own: "----- The
 * following addresses had delivery problems -----" lists bare addresses and "----- Non-delivered
 * information -----" gives the cause; no delivery-status part.
 */
import { emptyFact, type DecodedMail } from '../fact';
import type { ParsedMail } from '../mail';
import { findAddresses, squeeze } from '../text';
import type { Lhost } from './types';

const listMarker = 'The following addresses had delivery problems';
const causeMarker = 'Non-delivered information';

function isBiglobe(mail: ParsedMail): boolean {
  return mail.from.endsWith('biglobe.ne.jp') && mail.body.includes(listMarker);
}

export const biglobe: Lhost = {
  id: 'biglobe',
  detect: isBiglobe,
  extract(mail): DecodedMail | undefined {
    const list = mail.body.slice(mail.body.indexOf(listMarker) + listMarker.length);
    const causeAt = list.indexOf(causeMarker);
    const recipients = findAddresses(causeAt < 0 ? list.split(/\n\s*\n/)[0] ?? '' : list.slice(0, causeAt));
    const cause = causeAt < 0 ? '' : squeeze((list.slice(causeAt + causeMarker.length).replace(/^[\s-]+/, '').split(/\n\s*\n/)[0] ?? ''));
    const facts = recipients.map((recipient) => ({ ...emptyFact(recipient), action: 'failed', diagnosticCode: cause }));
    return facts.length > 0 ? { facts } : undefined;
  },
};
