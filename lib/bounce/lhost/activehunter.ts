/**
 * Active!hunter (TransWARE/QUALITIA, a Japanese mail gateway). Sendmail-like sections, but the
 * failed address is written ">>> x@example.jp <x@example.jp>" and the transcript holds only the
 * remote reply; the delivery-status part is absent.
 */
import { emptyFact, type DecodedMail } from '../fact';
import { findAddress, squeeze } from '../text';
import type { Lhost } from './types';

export const activehunter: Lhost = {
  id: 'activehunter',
  detect: (mail) => /^FAILURE NOTICE :/.test(mail.subject) && mail.head.includes('----- the following addresses had permanent fatal errors -----'),
  extract(mail): DecodedMail | undefined {
    const recipient = findAddress(/^>>> ([^\s@]+@\S+)/m.exec(mail.body)?.[1] ?? '');
    if (!recipient) return undefined;
    const transcript = /----- Transcript of session follows -----\s*\n([\s\S]*?)(?:\n\s*\n|$)/.exec(mail.body)?.[1] ?? '';
    return { facts: [{ ...emptyFact(recipient), action: 'failed', diagnosticCode: squeeze(transcript) }] };
  },
};
