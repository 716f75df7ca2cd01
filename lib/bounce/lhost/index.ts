/**
 * The decoder registry: one ordered, typed array. The pipeline asks each decoder in turn whether
 * the mail is in its format (detect) and takes the first non-empty answer (extract). Families
 * with distinctive headers come first; rfc3464, the generic reader, comes last.
 * Adding a family: write lhost/<id>.ts, add its id to LHOST_IDS, and put it here.
 */
import { amazonses } from './amazonses';
import { amazonworkmail } from './amazonworkmail';
import { arf } from './arf';
import { biglobe } from './biglobe';
import { dragonfly } from './dragonfly';
import { exchange2003 } from './exchange2003';
import { exchange2007 } from './exchange2007';
import { exim } from './exim';
import { ezweb } from './ezweb';
import { gmail } from './gmail';
import { googlegroups } from './googlegroups';
import { gsuite } from './gsuite';
import { imailserver } from './imailserver';
import { kddi } from './kddi';
import { office365 } from './office365';
import { opensmtpd } from './opensmtpd';
import { postfix } from './postfix';
import { qmail } from './qmail';
import { sendmail } from './sendmail';
import { v5sendmail } from './v5sendmail';
import { receivingses } from './receivingses';
import { rfc3464 } from './rfc3464';
import { rfc3834 } from './rfc3834';
import type { Lhost } from './types';

export type { Lhost, LhostId } from './types';

export const LHOSTS: readonly Lhost[] = [arf, amazonses, amazonworkmail, receivingses, googlegroups, gmail, gsuite, office365, exchange2007, exchange2003, ezweb, kddi, biglobe, imailserver, opensmtpd, postfix, v5sendmail, sendmail, exim, qmail, dragonfly, rfc3464, rfc3834];
