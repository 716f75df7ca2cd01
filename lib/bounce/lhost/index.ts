/**
 * The decoder registry: one ordered, typed array. The pipeline asks each decoder in turn whether
 * the mail is in its format (detect) and takes the first non-empty answer (extract). Formats
 * with unmistakable marks come first (feedback reports, JSON notifications, vendor headers),
 * then the big MTA families, and last the generic readers: rfc3464 (any DSN), rfc3834
 * (auto-replies), plaintext (any notification text, and webmail-rendered text).
 * Adding a family: write lhost/<id>.ts, add its id to LHOST_IDS in types.ts, and list it here.
 */
import { activehunter } from './activehunter';
import { amavis } from './amavis';
import { amazonses } from './amazonses';
import { amazonworkmail } from './amazonworkmail';
import { apachejames } from './apachejames';
import { arf } from './arf';
import { biglobe } from './biglobe';
import { courier } from './courier';
import { domino } from './domino';
import { dragonfly } from './dragonfly';
import { einsundeins } from './einsundeins';
import { exchange2003 } from './exchange2003';
import { exchange2007 } from './exchange2007';
import { exim } from './exim';
import { ezweb } from './ezweb';
import { facebook } from './facebook';
import { fml } from './fml';
import { gmail } from './gmail';
import { googlegroups } from './googlegroups';
import { gsuite } from './gsuite';
import { imailserver } from './imailserver';
import { kddi } from './kddi';
import { mailfoundry } from './mailfoundry';
import { mcafee } from './mcafee';
import { messagelabs } from './messagelabs';
import { messagingserver } from './messagingserver';
import { mfilter } from './mfilter';
import { notes } from './notes';
import { office365 } from './office365';
import { outlook } from './outlook';
import { plaintext } from './plaintext';
import { opensmtpd } from './opensmtpd';
import { postfix } from './postfix';
import { powermta } from './powermta';
import { qmail } from './qmail';
import { receivingses } from './receivingses';
import { rfc3464 } from './rfc3464';
import { rfc3834 } from './rfc3834';
import { sendgrid } from './sendgrid';
import { sendmail } from './sendmail';
import { surfcontrol } from './surfcontrol';
import { trendmicro } from './trendmicro';
import type { Lhost } from './types';
import { v5sendmail } from './v5sendmail';
import { verizon } from './verizon';
import { x1 } from './x1';
import { x3 } from './x3';
import { x5 } from './x5';
import { x6 } from './x6';
import { zoho } from './zoho';

export type { Lhost, LhostId } from './types';

export const LHOSTS: readonly Lhost[] = [
  // Not failures, or not mail-server text at all
  arf,
  amazonses,
  // Services recognised by their own headers or sender
  amazonworkmail,
  receivingses,
  googlegroups,
  gmail,
  gsuite,
  facebook,
  messagelabs,
  powermta,
  mcafee,
  trendmicro,
  verizon,
  zoho,
  fml,
  amavis,
  outlook,
  sendgrid,
  surfcontrol,
  // Japanese carriers, ISPs and gateways
  ezweb,
  kddi,
  biglobe,
  mfilter,
  activehunter,
  // Vendor formats without a delivery-status part
  x1,
  x3,
  x5,
  x6,
  apachejames,
  mailfoundry,
  einsundeins,
  domino,
  notes,
  imailserver,
  courier,
  messagingserver,
  opensmtpd,
  // Microsoft Exchange
  office365,
  exchange2007,
  exchange2003,
  // The big MTA families
  postfix,
  v5sendmail,
  sendmail,
  exim,
  qmail,
  dragonfly,
  // Generic readers, last
  rfc3464,
  rfc3834,
  plaintext,
];
