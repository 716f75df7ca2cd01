import type { DecodedMail } from '../fact';
import type { ParsedMail } from '../mail';

/**
 * Decoder names, one per MTA family (Sisimai's lhost names, lowercase). The order of the
 * registry in lhost/index.ts decides which decoder is asked first; this list only names them.
 */
export const LHOST_IDS = [
  'rfc3464',
  'rfc3834',
  'arf',
  'plaintext',
  'postfix',
  'sendmail',
  'v5sendmail',
  'exim',
  'qmail',
  'dragonfly',
  'opensmtpd',
  'courier',
  'messagingserver',
  'office365',
  'exchange2007',
  'exchange2003',
  'gmail',
  'gsuite',
  'googlegroups',
  'amazonses',
  'amazonworkmail',
  'receivingses',
  'ezweb',
  'kddi',
  'biglobe',
  'mfilter',
  'activehunter',
  'notes',
  'domino',
  'fml',
  'imailserver',
  'mcafee',
  'trendmicro',
  'messagelabs',
  'powermta',
  'facebook',
  'verizon',
  'zoho',
  'apachejames',
  'mailfoundry',
  'x1',
  'x3',
  'x5',
  'x6',
  'amavis',
  'einsundeins',
  'outlook',
  'sendgrid',
  'surfcontrol',
] as const;

export type LhostId = (typeof LHOST_IDS)[number];

/** One MTA family's decoder. */
export interface Lhost {
  readonly id: LhostId;
  /** Cheap test on headers and the first lines: is this mail in this family's format? */
  detect(mail: ParsedMail): boolean;
  /** The failed recipients, or undefined when the mail turns out not to be in this format after all. */
  extract(mail: ParsedMail): DecodedMail | undefined;
}
