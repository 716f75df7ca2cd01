/**
 * Amazon WorkMail. Its DSN is readable by the generic reader, but when WorkMail gives up after
 * retries it wraps the last remote reply in angle brackets after its own words ("554 4.4.7
 * Message expired: ... <421 4.4.2 Connection timed out>"); the bracketed reply is what the
 * remote server said, so its codes are the ones reported (Sisimai lhost/amazonworkmail).
 */
import type { DecodedMail } from '../fact';
import { headerOf } from '../mail';
import { factsOfDeliveryStatus } from './rfc3464';
import type { Lhost } from './types';

export const amazonworkmail: Lhost = {
  id: 'amazonworkmail',
  detect: (mail) => /^amazon workmail/i.test(headerOf(mail.headers, 'x-mailer')) && (mail.deliveryStatus.length > 0 || /^Final-Recipient:/im.test(mail.body)),
  extract(mail): DecodedMail | undefined {
    const facts = factsOfDeliveryStatus(mail);
    for (const fact of facts) {
      const inner = /<([245]\d\d) ([245]\.\d{1,3}\.\d{1,3}) [^<>]*>/.exec(fact.diagnosticCode);
      if (inner?.[1] && inner[2]) {
        fact.replyCode = inner[1];
        fact.status = inner[2];
      }
    }
    return facts.length > 0 ? { facts } : undefined;
  },
};
