/**
 * Exchange Online (Office 365, Outlook.com). The notice has the Exchange layout (read by
 * exchange2007.ts) but comes from Microsoft's own servers; it is named separately so that the
 * report says which service answered.
 */
import { headerOf, type ParsedMail } from '../mail';
import { isExchangeNotice, readExchangeNotice } from './exchange2007';
import type { Lhost } from './types';

function isExchangeOnline(mail: ParsedMail): boolean {
  if (!isExchangeNotice(mail)) return false;
  const received = (mail.headers.get('received') ?? []).join(' ').toLowerCase();
  return /\.(?:outlook|office365)\.com\b|\.onmicrosoft\.com\b/.test(`${received} ${mail.from} ${headerOf(mail.headers, 'message-id').toLowerCase()}`);
}

export const office365: Lhost = {
  id: 'office365',
  detect: isExchangeOnline,
  extract: readExchangeNotice,
};
