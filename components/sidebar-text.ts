/**
 * The sidebar's own words (its frame, headings and the verdict for reports that carry no
 * recipient). The explanations of each reason come from lib/explain. Japanese first: short,
 * polite sentences; a technical word gets a gloss in brackets.
 */
import type { ReportKind, UnparsedCause } from '@/lib/bounce/types';
import type { Lang } from '@/lib/i18n/lang';
import type { Tone } from '@/lib/content/sidebar-model';

export interface SidebarText {
  product: string;
  regionLabel: string;
  collapse: string;
  expand: string;
  close: string;
  loading: string;
  noAnswer: string;
  headline: Record<Exclude<ReportKind, 'bounce'> | 'bounce-hard' | 'bounce-soft', string>;
  lead: Record<Exclude<ReportKind, 'bounce' | 'unparsed'>, string>;
  unparsedCause: Record<UnparsedCause, string>;
  toneBadge: Record<Tone, string>;
  recipientCount: (hard: number, soft: number) => string;
  actor: string;
  steps: string;
  resend: string;
  decisive: string;
  glossary: string;
  didYouMean: string;
  copy: string;
  copied: string;
  copyFailed: string;
  copyLabel: (address: string) => string;
  history: (state: 'ok' | 'soft' | 'hard' | 'unflagged', total: number, softRun: number) => string;
  why: string;
  decoder: string;
  status: string;
  replyCode: string;
  remoteMta: string;
  command: string;
  diagnostic: string;
  evidence: string;
  readFrom: { raw: string; text: string };
  rawRoute: { download: string; 'show-original': string };
  retrievalFailure: string;
  failureCause: Record<string, string>;
  technicalDetail: string;
  original: string;
  subject: string;
  date: string;
  size: string;
  attachments: string;
  none: string;
  truncated: string;
  notice: string;
}

const ja: SidebarText = {
  product: '不達ナビ',
  regionLabel: '不達ナビ：エラーメールの解説',
  collapse: '折りたたむ',
  expand: '開く',
  close: '閉じる',
  loading: 'エラーメールを読み取っています…',
  noAnswer: '拡張機能から応答がありませんでした。ページを再読み込みしてから、もう一度開いてください。',
  headline: {
    'bounce-hard': 'メールは届いていません',
    'bounce-soft': 'メールは届いていません',
    delayed: '配信が遅れています',
    delivered: '配信が完了しました',
    'auto-reply': 'これは自動返信です',
    feedback: '迷惑メール報告の通知です',
    'not-bounce': 'エラーメールではありません',
    unparsed: '判定できませんでした',
  },
  lead: {
    delayed: '相手のサーバーがまだ受け取っていません。送信側のサーバーが自動で再送を続けているので、今は何もしなくて大丈夫です。',
    delivered: 'これは配信完了のお知らせです。メールは相手のサーバーに届いています。',
    'auto-reply': '相手が設定した自動返信（不在のお知らせなど）です。配信エラーではなく、メールは届いています。',
    feedback: '受信者があなたのメールを迷惑メールとして報告したことを知らせる通知です。配信エラーではありません。',
    'not-bounce': 'このメールには、配信エラーを知らせる内容が見つかりませんでした。',
  },
  unparsedCause: {
    empty: 'メールの中身が空でした。',
    'too-large': 'メールが大きすぎるため、読み取りを途中でやめました。',
    'too-deep': 'メールの構造が複雑すぎるため、読み取りを途中でやめました。',
    'too-slow': '読み取りに時間がかかりすぎたため、途中でやめました。',
    'not-a-mail': 'メールの代わりにWebページ（ログイン画面など）が返ってきました。ページを再読み込みしてから、もう一度開いてください。',
    'broken-mime': 'メールの形式が崩れていて、読み取れませんでした。',
    'no-recipient': 'エラーメールのようですが、届かなかった宛先を見つけられませんでした。',
  },
  toneBadge: {
    hard: '恒久的なエラー（ハードバウンス）',
    soft: '一時的なエラー（ソフトバウンス）',
    info: 'お知らせ',
    unknown: '判定不能',
  },
  recipientCount: (hard, soft) =>
    [hard > 0 ? `届かない宛先 ${hard}件` : '', soft > 0 ? `一時的に届かなかった宛先 ${soft}件` : ''].filter(Boolean).join('・'),
  actor: '対応する人',
  steps: '対処のしかた',
  resend: '再送について',
  decisive: '判断の決め手になった相手サーバーの返答',
  glossary: '英語の意味',
  didYouMean: '正しいアドレスはこちらではありませんか？',
  copy: 'コピー',
  copied: 'コピーしました',
  copyFailed: 'コピーできませんでした。アドレスを選択してコピーしてください。',
  copyLabel: (address) => `${address} をクリップボードにコピー`,
  history: (state, total, softRun) => {
    if (state === 'hard') return `このアドレスは「届かない宛先」として記録されています（これまでに${total}回）。`;
    if (state === 'unflagged') return `このアドレスの記録は解除済みです（これまでに${total}回届きませんでした）。`;
    if (softRun > 1) return `一時的なエラーが${softRun}回続いています（これまでに${total}回）。`;
    return `このアドレスに届かなかったのは、これまでに${total}回です。`;
  },
  why: 'なぜそう判断したか',
  decoder: '読み取りに使った形式',
  status: 'ステータスコード',
  replyCode: 'SMTP応答コード',
  remoteMta: '相手のサーバー',
  command: '失敗した段階',
  diagnostic: 'サーバーの返答（原文）',
  evidence: '判断の根拠',
  readFrom: { raw: 'メールのソース（原文）から判定しました。', text: '画面に表示された本文から判定しました。' },
  rawRoute: { download: '（「メッセージをダウンロード」から取得）', 'show-original': '（「メッセージのソースを表示」から取得）' },
  retrievalFailure: '原文を取得できなかった理由',
  failureCause: {
    'no-message-id': 'メールのIDが見つかりませんでした',
    network: '通信に失敗しました（ログインの期限切れの可能性があります）',
    'http-status': 'サーバーがエラーを返しました',
    'login-page': 'ログイン画面に転送されました',
    html: 'メールの代わりにWebページが返ってきました',
    'not-a-mail': 'メールの形式ではありませんでした',
    empty: '中身が空でした',
    'too-large': '大きすぎました',
  },
  technicalDetail: '技術的な詳細',
  original: '送ったメール',
  subject: '件名',
  date: '日時',
  size: 'サイズ',
  attachments: '添付ファイル',
  none: 'なし',
  truncated: '一部だけが返送されています',
  notice: 'このエラーメール',
};

const en: SidebarText = {
  product: 'Bounce Navi',
  regionLabel: 'Bounce Navi: what this bounce means',
  collapse: 'Collapse',
  expand: 'Expand',
  close: 'Close',
  loading: 'Reading the bounce…',
  noAnswer: 'The extension did not answer. Reload the page and open the message again.',
  headline: {
    'bounce-hard': 'Your message was not delivered',
    'bounce-soft': 'Your message was not delivered',
    delayed: 'Delivery is delayed',
    delivered: 'Delivered',
    'auto-reply': 'This is an automatic reply',
    feedback: 'This is a spam complaint report',
    'not-bounce': 'This is not a bounce',
    unparsed: 'We could not read this bounce',
  },
  lead: {
    delayed: 'The receiving server has not accepted it yet. Your mail server keeps retrying by itself, so there is nothing to do for now.',
    delivered: 'This notice confirms delivery: the message reached the receiving server.',
    'auto-reply': 'The recipient set up an automatic reply (such as an out-of-office note). It is not an error; your message arrived.',
    feedback: 'A recipient reported your message as spam. This is not a delivery error.',
    'not-bounce': 'Nothing in this message reports a delivery failure.',
  },
  unparsedCause: {
    empty: 'The message was empty.',
    'too-large': 'The message is too large; we stopped reading it.',
    'too-deep': 'The message is nested too deeply; we stopped reading it.',
    'too-slow': 'Reading took too long; we stopped.',
    'not-a-mail': 'A web page (such as a sign-in page) came back instead of the mail. Reload the page and open the message again.',
    'broken-mime': 'The message format is broken and could not be read.',
    'no-recipient': 'It looks like a bounce, but we could not find which recipient failed.',
  },
  toneBadge: { hard: 'Permanent error (hard bounce)', soft: 'Temporary error (soft bounce)', info: 'Notice', unknown: 'Undecided' },
  recipientCount: (hard, soft) =>
    [hard > 0 ? `${hard} undeliverable` : '', soft > 0 ? `${soft} temporarily failed` : ''].filter(Boolean).join(' · '),
  actor: 'Who acts',
  steps: 'What to do',
  resend: 'Resending',
  decisive: 'What the receiving server said',
  glossary: 'Meaning',
  didYouMean: 'Did you mean this address?',
  copy: 'Copy',
  copied: 'Copied',
  copyFailed: 'Could not copy. Select the address and copy it.',
  copyLabel: (address) => `Copy ${address} to the clipboard`,
  history: (state, total, softRun) => {
    if (state === 'hard') return `This address is flagged as undeliverable (${total} bounces so far).`;
    if (state === 'unflagged') return `You unflagged this address (${total} bounces so far).`;
    if (softRun > 1) return `${softRun} temporary failures in a row (${total} so far).`;
    return `Bounces for this address so far: ${total}.`;
  },
  why: 'Why we think so',
  decoder: 'Format read',
  status: 'Status code',
  replyCode: 'SMTP reply code',
  remoteMta: 'Receiving server',
  command: 'Failed at',
  diagnostic: 'Server response',
  evidence: 'Evidence',
  readFrom: { raw: 'Read from the message source.', text: 'Read from the text shown on screen.' },
  rawRoute: { download: '(via "Download message")', 'show-original': '(via "Show original")' },
  retrievalFailure: 'Why the source was not used',
  failureCause: {
    'no-message-id': 'no message id found',
    network: 'the request failed (the session may have expired)',
    'http-status': 'the server answered with an error',
    'login-page': 'redirected to a sign-in page',
    html: 'a web page came back instead of the mail',
    'not-a-mail': 'not a mail',
    empty: 'empty',
    'too-large': 'too large',
  },
  technicalDetail: 'Technical detail',
  original: 'Your message',
  subject: 'Subject',
  date: 'Date',
  size: 'Size',
  attachments: 'Attachments',
  none: 'none',
  truncated: 'only part of it came back',
  notice: 'This bounce',
};

export const sidebarText: Record<Lang, SidebarText> = { ja, en };
