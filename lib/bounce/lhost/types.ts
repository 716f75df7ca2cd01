import type { DecodedMail } from '../fact';
import type { ParsedMail } from '../mail';

/**
 * Decoder names, one per MTA family (Sisimai's lhost names, lowercase). The order of the
 * registry in lhost/index.ts decides which decoder is asked first; this list only names them.
 */
export const LHOST_IDS = [
  'rfc3464',
  'arf',
  'rfc3834',
  'postfix',
  'sendmail',
  'exim',
  'qmail',
  'dragonfly',
  'amazonses',
  'amazonworkmail',
  'gmail',
  'gsuite',
  'googlegroups',
  'yahoo',
  'opensmtpd',
  'office365',
  'exchange2007',
  'exchange2003',
  'outlook',
  'messagingserver',
  'mailru',
  'receivingses',
  'v5sendmail',
  'x1',
  'x2',
  'x3',
  'x4',
  'x5',
  'x6',
  'domino',
  'notes',
  'courier',
  'imailserver',
  'zoho',
  'ezweb',
  'kddi',
  'biglobe',
  'mfilter',
  'activehunter',
  'fml',
  'aol',
  'mcafee',
  'trendmicro',
  'surfcontrol',
  'sendgrid',
  'powermta',
  'mxlogic',
  'gmx',
  'yandex',
  'amavis',
  'apachejames',
  'barracuda',
  'bigfoot',
  'mailfoundry',
  'verizon',
  'messagelabs',
  'facebook',
  'einsundeins',
  'plaintext',
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
