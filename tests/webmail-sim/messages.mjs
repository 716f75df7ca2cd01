// The messages shown by the fixture pages. Each Gmail bounce's body is the HTML card of its
// .eml in tests/fixtures/eml/webmail/ (so the rendered text and the raw source agree); the
// Outlook NDR bodies follow Exchange Online's newer and older formats and a Japanese NDR
// (webmail.md §2.4), in our own words and with fixture addresses.
import { text } from './html.mjs';

const daemon = { email: 'mailer-daemon@googlemail.com', name: 'Mail Delivery Subsystem' };
const card = (headline, sentence, response) =>
  `<h2>${text(headline)}</h2><p>${text(sentence)}</p><p>The response from the remote server was:</p><p style="font-family:monospace">${text(response)}</p>`;

/** Gmail messages by fixture name. Ids are fixture msg-f decimals. */
export const gmailMessages = {
  hostUnknown: {
    id: '1847000000000000002',
    sender: daemon,
    to: 'tanaka.hanako@example.com',
    date: '2026年11月10日(火) 10:15',
    eml: 'eml/gmail/01-address-not-found.eml',
    bodyHtml: card(
      'Address not found',
      "Your message wasn't delivered to suzuki.ichiro@exmaple.co.jp because the domain exmaple.co.jp couldn't be found. Check for typos or unnecessary spaces and try again.",
      "DNS Error: DNS type 'mx' lookup of exmaple.co.jp responded with code NXDOMAIN Domain name not found: exmaple.co.jp",
    ),
  },
  original: {
    id: '1847000000000000001',
    sender: { email: 'tanaka.hanako@example.com', name: '田中 花子' },
    to: 'suzuki.ichiro@exmaple.co.jp',
    date: '2026年11月10日(火) 10:14',
    expanded: false,
    bodyHtml: '<p>鈴木様</p><p>内見の日程をご案内いたします。</p>',
  },
  userUnknown: {
    id: '1847000000000000011',
    sender: daemon,
    to: 'sato.kenji@example.co.jp',
    date: '2026年11月11日(水) 14:02',
    eml: 'eml/webmail/gmail-user-unknown.eml',
    bodyHtml: card(
      'Address not found',
      "Your message wasn't delivered to takahashi.yui@gmial.com because the address couldn't be found, or is unable to receive mail.",
      '550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient\'s email address for typos or unnecessary spaces. fixture11 - gsmtp',
    ),
  },
  /** The same kind of bounce with the whole original returned (text and an attachment): "resend" quotes it. */
  userUnknownFull: {
    id: '1847000000000000017',
    sender: daemon,
    to: 'sato.kenji@example.co.jp',
    date: '2026年11月11日(水) 14:02',
    eml: 'eml/webmail/gmail-user-unknown-full.eml',
    bodyHtml: card(
      'Address not found',
      "Your message wasn't delivered to takahashi.yui@gmial.com because the address couldn't be found, or is unable to receive mail.",
      '550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient\'s email address for typos or unnecessary spaces. fixture17 - gsmtp',
    ),
  },
  mailboxFull: {
    id: '1847000000000000012',
    sender: daemon,
    to: 'ito.mai@example.jp',
    date: '2026年11月12日(木) 08:30',
    eml: 'eml/webmail/gmail-mailbox-full.eml',
    bodyHtml: card(
      'Message not delivered',
      "Your message couldn't be delivered to kobayashi.ren@example.net because the remote server's mailbox is full.",
      '552 5.2.2 <kobayashi.ren@example.net>: Mailbox full, quota exceeded',
    ),
  },
  delayed: {
    id: '1847000000000000013',
    sender: daemon,
    to: 'yamamoto.rina@example.co.jp',
    date: '2026年11月13日(金) 11:00',
    eml: 'eml/webmail/gmail-delayed.eml',
    bodyHtml: card(
      'Delivery incomplete',
      'There was a temporary problem delivering your message to mori.daiki@example.org. Gmail will retry for 46 more hours.',
      '421 4.4.7 Temporary server error. Please try again later.',
    ),
  },
  hostile: {
    id: '1847000000000000066',
    sender: daemon,
    to: 'tanaka.hanako@example.com',
    date: '2026年11月13日(金) 09:00',
    eml: 'eml/webmail/gmail-hostile.eml',
    bodyHtml: card(
      'Address not found',
      'Your message wasn\'t delivered to nishida.kaito@example.org and "<img src=x onerror=window.__bnPwned=9>"@example.org because the addresses couldn\'t be found.',
      '550 5.1.1 <img src=x onerror="window.__bnPwned=7"><script>window.__bnPwned=8</script> user unknown',
    ),
  },
  // Issue 12's stories (tests/fixtures/eml/story/): each body is its fixture's text card.
  nxdomainTypo: {
    id: '1847000000000000041',
    sender: daemon,
    to: 'tanaka.hanako@example.com',
    date: '2026年11月18日(水) 09:41',
    eml: 'eml/story/01-nxdomain-typo-five-recipients.eml',
    bodyHtml: card(
      'Message not delivered',
      'There was a problem delivering your message to yuki.mori@docomo.ne.jo. See the technical details below.',
      "DNS Error: DNS type 'mx' lookup of docomo.ne.jo responded with code NXDOMAIN Domain name not found: docomo.ne.jo",
    ),
  },
  docomoFiltered: {
    id: '1847000000000000044',
    sender: { email: 'MAILER-DAEMON@mail.example.com', name: 'Mail Delivery System' },
    to: 'tanaka.hanako@example.com',
    date: '2026年11月21日(土) 19:02',
    eml: 'eml/story/04-docomo-filtered.eml',
    bodyHtml: `<p>This is the mail system at host mail.example.com.</p><p>${text('<hoshino.mio@docomo.ne.jp>: host mfsmax.docomo.ne.jp[192.0.2.80] said: 550 5.2.0 Unknown user hoshino.mio@docomo.ne.jp (in reply to end of DATA command)')}</p>`,
  },
  forged: {
    id: '1847000000000000071',
    sender: daemon,
    to: 'tanaka.hanako@example.com',
    date: '2026年11月16日(月) 09:12',
    eml: 'eml/webmail/gmail-forged.eml',
    bodyHtml: card(
      'Address not found',
      "Your message wasn't delivered to nishimura.ken@example.net because the address couldn't be found, or is unable to receive mail.",
      '550 5.1.1 The email account that you tried to reach does not exist.',
    ),
  },
  forgedMany: {
    id: '1847000000000000072',
    sender: daemon,
    to: 'tanaka.hanako@example.com',
    date: '2026年11月16日(月) 09:13',
    eml: 'eml/webmail/gmail-forged-many.eml',
    bodyHtml: card('Address not found', "Your message wasn't delivered to 1,000 addresses because they couldn't be found.", '550 5.1.1 The email account that you tried to reach does not exist.'),
  },
  manyNoOriginal: {
    id: '1847000000000000073',
    sender: daemon,
    to: 'tanaka.hanako@example.com',
    date: '2026年11月16日(月) 09:14',
    eml: 'eml/webmail/gmail-many-no-original.eml',
    bodyHtml: card('Address not found', "Your message wasn't delivered to 1,000 addresses because they couldn't be found.", '550 5.1.1 The email account that you tried to reach does not exist.'),
  },
  bidi: {
    id: '1847000000000000074',
    sender: daemon,
    to: 'tanaka.hanako@example.com',
    date: '2026年11月16日(月) 09:15',
    eml: 'eml/webmail/gmail-bidi.eml',
    bodyHtml: card(
      'Address not found',
      "Your message wasn't delivered because the address couldn't be found, or is unable to receive mail.",
      '550 5.1.1 The email account that you tried to reach does not exist.',
    ),
  },
  ordinary: {
    id: '1847000000000000021',
    sender: { email: 'kimura.sora@example.co.jp', name: '木村 空' },
    to: 'tanaka.hanako@example.com',
    date: '2026年11月14日(土) 16:20',
    bodyHtml: '<p>田中様</p><p>先日はありがとうございました。契約書を添付いたします。ご確認をお願いいたします。</p>',
  },
};

const ndrNew = (address, user, domain, code, error) => `<p class="x_title">Your message to ${text(address)} couldn't be delivered.</p>
<p>${text(user)} wasn't found at ${text(domain)}.</p>
<p><b>Action Required</b> Recipient</p><p>Unknown To address</p>
<p><b>How to Fix It</b></p><p>The address may be misspelled or may not exist. Try one or more of the following:</p>
<p>Retype the recipient's address, then resend the message.</p>
<p><b>More Info for Email Admins</b></p><p>Status code: ${text(code)}</p>
<p>Original Message Details</p><p>Error Details</p>
<p>Reported error: ${text(error)}</p>
<p>DSN generated by: TY0PR01MB0001.jpnprd01.prod.outlook.com</p>`;

/** Outlook messages by fixture name. Ids are fixture Exchange conversation ids. */
export const outlookMessages = {
  // Issue 12: an Exchange Online NDR for a mistyped domain (yahoo.co.jo), in the newer layout.
  ndrDomainTypo: {
    id: 'AAQkAGfixtureConv0042',
    listLine: 'Microsoft Outlook\n配信不能: 見積書の送付',
    subject: 'Undeliverable: 見積書の送付',
    senderName: 'Microsoft Outlook',
    senderAddress: 'postmaster@outlook.com',
    bodyHtml: ndrNew(
      'a.ishikawa@yahoo.co.jo',
      'a.ishikawa',
      'yahoo.co.jo',
      '550 5.1.10',
      '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient a.ishikawa@yahoo.co.jo not found by SMTP address lookup',
    ),
  },
  ndrNew: {
    id: 'AAQkAGfixtureConv0002',
    listLine: 'Microsoft Outlook\n配信不能: 内見のご案内',
    subject: 'Undeliverable: 内見のご案内',
    senderName: 'Microsoft Outlook',
    senderAddress: 'postmaster@outlook.com',
    bodyHtml: ndrNew(
      'yamada.taro@example.org',
      'yamada.taro',
      'example.org',
      '550 5.1.10',
      '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient yamada.taro@example.org not found by SMTP address lookup',
    ),
  },
  /** A newer-format NDR for a mistyped provider domain: the sidebar offers the corrected address. */
  ndrTypo: {
    id: 'AAQkAGfixtureConv0005',
    listLine: 'Microsoft Outlook\n配信不能: 打ち合わせの日程',
    subject: 'Undeliverable: 打ち合わせの日程',
    senderName: 'Microsoft Outlook',
    senderAddress: 'postmaster@outlook.com',
    bodyHtml: ndrNew(
      'mori.kana@gmial.com',
      'mori.kana',
      'gmial.com',
      '550 5.1.1',
      "550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces.",
    ),
  },
  ndrOld: {
    id: 'AAQkAGfixtureConv0003',
    listLine: 'postmaster@example.onmicrosoft.com\nUndeliverable: お見積りの件',
    subject: 'Undeliverable: お見積りの件',
    senderName: 'Microsoft Outlook',
    senderAddress: 'postmaster@example.onmicrosoft.com',
    bodyHtml: `<p>Delivery has failed to these recipients or groups:</p>
<p><a href="mailto:nakamura.sho@example.co.jp">nakamura.sho@example.co.jp</a></p>
<p>The e-mail address you entered couldn't be found. Please check the recipient's e-mail address and try to resend the message.</p>
<p>Diagnostic information for administrators:</p>
<p>Generating server: TYAPR01MB0002.jpnprd01.prod.outlook.com</p>
<p>nakamura.sho@example.co.jp<br>Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient nakamura.sho@example.co.jp not found by SMTP address lookup'</p>
<p>Original message headers:</p><pre>Message-ID: &lt;fixture-original-0003@example.onmicrosoft.com&gt;</pre>`,
  },
  ndrJapanese: {
    id: 'AAQkAGfixtureConv0004',
    listLine: 'Microsoft Outlook\n配信不能: ご契約書類の送付',
    subject: '配信不能: ご契約書類の送付',
    senderName: 'Microsoft Outlook',
    senderAddress: 'postmaster@example.onmicrosoft.com',
    bodyHtml: `<p>次の受信者またはグループへの配信に失敗しました:</p>
<p>yoshida.aoi@example.jp</p>
<p>受信者のメールボックスがいっぱいのため、メッセージを配信できませんでした。しばらくしてから再送してください。</p>
<p>管理者向けの診断情報:</p>
<p>生成元サーバー: TYCPR01MB0004.jpnprd01.prod.outlook.com</p>
<p>yoshida.aoi@example.jp<br>リモート サーバーから返されたエラー '552 5.2.2 Mailbox full; quota exceeded'</p>`,
  },
  ordinary: {
    id: 'AAQkAGfixtureConv0001',
    listLine: '田中 花子\n内見のご案内',
    subject: '内見のご案内',
    senderName: '田中 花子',
    senderAddress: 'tanaka.hanako@example.com',
    bodyHtml: '<p>山田様</p><p>内見の日程をご案内いたします。ご都合をお知らせください。</p>',
  },
};
