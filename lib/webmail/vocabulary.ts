/**
 * Words that mark a message as a bounce, per language, for the cheap DOM-only check that runs
 * on every opened message. A hit only means "worth fetching and classifying": the classifier
 * has the last word. Lowercase literals; matched case-insensitively on the whole string
 * (sender parts) or as substrings (subjects, bodies).
 *
 * Sources: ../shared/docs/webmail.md §1.4, §2.4 and §4.1 step 2 (Gmail's DSN headers and cards,
 * Exchange NDR headers and bodies, localised Exchange subjects); RFC 3464 §1 for the
 * "Delivery Status Notification" wording; Postfix bounce(5) and Exim's deliver.c wording for the
 * classic "Undelivered Mail Returned to Sender" / "Mail delivery failed" subjects.
 */

/** Local parts of the addresses that send bounces (RFC 5321 §4.5.1 postmaster; MTAs' mailer-daemon). */
export const bounceSenderLocalParts: readonly string[] = ['mailer-daemon', 'postmaster', 'mail-daemon', 'maildaemon', 'mailerdaemon'];

/** Display names of bounce senders, whatever their address. */
export const bounceSenderNames: readonly string[] = [
  'mail delivery subsystem', // Gmail (webmail.md §1.4)
  'mail delivery system', // Postfix, Exim, many Japanese ISPs
  'mail delivery service',
  'mail administrator',
  'mailer-daemon',
  'microsoft outlook', // Exchange Online / Outlook.com NDRs (webmail.md §2.4)
  'postmaster',
  'メール配信システム', // "mail delivery system", Japanese ISP gateways
];

/** Subject markers, grouped by language. */
export const bounceSubjectMarkers: Readonly<Record<'en' | 'ja' | 'fr' | 'de' | 'it', readonly string[]>> = {
  en: [
    'delivery status notification', // Gmail, Outlook.com (RFC 3464 wording)
    'undeliverable', // Exchange: "Undeliverable: <original subject>"
    'undelivered mail returned to sender', // Postfix
    'mail delivery failed', // Exim
    'returned mail', // Sendmail: "Returned mail: see transcript for details"
    'delivery failure',
    'delivery failed',
    'failure notice', // qmail
    'non-delivery',
    'delivery delayed', // Exchange delay DSN
    'warning: could not send message', // Sendmail delay warning
  ],
  ja: [
    '配信不能', // Exchange in Japanese: 「配信不能: <件名>」
    '配信エラー', // "delivery error"
    '配送エラー', // "delivery error" (older ISP wording)
    '配信に失敗', // "delivery failed"
    '送信できませんでした', // "could not be sent"
    '宛先不明', // "unknown recipient"
  ],
  fr: ['non remis', 'échec de la remise', 'notification d’état de remise', "notification d'état de remise"],
  de: ['unzustellbar', 'nicht zustellbar', 'übermittlungsstatusbenachrichtigung'],
  it: ['non recapitabile', 'notifica stato di consegna'],
};

/** Body markers, grouped by language: phrases bounce bodies carry and ordinary mail rarely does. */
export const bounceBodyMarkers: Readonly<Record<'en' | 'ja', readonly string[]>> = {
  en: [
    'diagnostic information for administrators', // Exchange, older NDR format
    'remote server returned', // Exchange: Remote Server returned '550 5.1.10 …'
    'reported error:', // Exchange Online, newer NDR format
    'more info for email admins', // Exchange Online, newer NDR format
    "couldn't be delivered", // Exchange Online headline
    'delivery has failed to these recipients', // Exchange, older NDR format
    'the response from the remote server was', // Gmail card
    "wasn't delivered to", // Gmail card: "Your message wasn't delivered to …"
    'technical details of permanent failure', // Gmail, pre-2017 format
    'this is the mail system at host', // Postfix bounce(5)
    'could not be delivered to one or more of its recipients', // Postfix bounce(5)
    'a message that you sent could not be delivered', // Exim deliver.c
    'i\'m sorry to have to inform you that your message could not', // qmail
  ],
  ja: [
    '管理者向けの診断情報', // Exchange in Japanese: "Diagnostic information for administrators"
    'リモート サーバーから返されたエラー', // Exchange in Japanese: "Remote Server returned"
    '配信できませんでした', // "could not be delivered"
    'メッセージを送信できませんでした', // "the message could not be sent"
    'メールのブロック', // Gmail card in Japanese (webmail.md §1.4)
    'アドレスが見つかりません', // Gmail card in Japanese: "Address not found"
  ],
};

/**
 * An SMTP reply code followed by an RFC 3463 enhanced status code, e.g. "550 5.1.1" or
 * Google Workspace's "550 #5.1.0" (webmail.md §4.1). Strong enough as a body marker.
 */
export const smtpReplyWithStatus = /\b[45]\d\d[ -]#?[45]\.\d{1,3}\.\d{1,3}\b/;
