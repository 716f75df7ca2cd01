/**
 * What a webmail shows of a raw mail, for `npm run eval -- --rendered`: Outlook on the web
 * hands the extension only the rendered NDR, and Gmail too when the raw source cannot be had,
 * as {subject, from, body}. The body is postal-mime's text (its inline text parts), else its
 * HTML as text; the delivery-status part and a returned message/rfc822 stay attachments
 * (forceRfc822Attachments), as the webmails list them under the message, not in it.
 */
import PostalMime from 'postal-mime';
import { htmlToText } from '../../lib/bounce/html';
import type { RenderedMessage } from '../../lib/bounce/types';

/** The rendered view of one raw mail; an unreadable mail gives an empty view. */
export async function renderedView(bytes: Uint8Array): Promise<RenderedMessage> {
  try {
    const email = await PostalMime.parse(bytes, { forceRfc822Attachments: true, attachmentEncoding: 'arraybuffer' });
    const from = email.from?.address ? (email.from.name ? `${email.from.name} <${email.from.address}>` : email.from.address) : (email.from?.name ?? '');
    const body = email.text || (email.html ? htmlToText(email.html) : '');
    return { subject: email.subject ?? '', from, body };
  } catch {
    return { subject: '', from: '', body: '' };
  }
}
