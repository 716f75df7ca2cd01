/**
 * The sidebar's own words: its frame, headings and labels. What each report and each reason
 * means comes from lib/explain. Japanese first: short,
 * polite sentences; a technical word gets a gloss in brackets.
 */
import type { HistoryView, Tone } from '@/lib/content/sidebar-model';
import type { Lang } from '@/lib/i18n/lang';
import type { DraftWords } from '@/lib/webmail/compose';

/** The tracker's line under a recipient, one sentence per situation (historyLine picks). */
export interface HistoryWords {
  flagged: (total: number) => string;
  unflagged: (total: number) => string;
  softRun: (run: number, total: number) => string;
  counted: (total: number) => string;
}

/** What the tracker did with the bounce (TrackingNote): whose mail it was, the cap, a refused write. */
export interface TrackingWords {
  notOursTitle: string;
  notOursBody: readonly string[];
  unverified: string;
  skipped: (skipped: number, cap: number) => string;
  refused: Record<'newer' | 'unreadable', string>;
}

export interface SidebarText {
  product: string;
  regionLabel: string;
  collapse: string;
  expand: string;
  close: string;
  loading: string;
  noAnswer: string;
  unreadable: string;
  /** The badge of a report that is not a bounce; a bounce's badge is its verdict (lib/explain verdictLabel). */
  toneBadge: Record<Exclude<Tone, 'hard' | 'soft'>, string>;
  /** The badge of a delay warning: soft in colour, but not a failure. */
  pendingBadge: string;
  /** The chip on a recipient the sending server is still retrying. */
  pendingChip: string;
  recipientCount: (hard: number, soft: number, pending: number) => string;
  actor: string;
  steps: string;
  resend: string;
  notes: string;
  adminMessage: string;
  copyMessage: string;
  copyMessageLabel: string;
  decisive: string;
  glossary: string;
  didYouMean: string;
  copy: string;
  copied: string;
  copyFailed: string;
  copyLabel: (address: string) => string;
  /** The button that opens the webmail's compose window with the corrected address. */
  resendButton: string;
  resendLabel: (address: string) => string;
  /** Under it: nothing is sent yet, and attachments must be added again (with their count when known). */
  resendNote: (attachments: number) => string;
  /** The line above the quoted original in the draft, and the note where it was cut. */
  draftWords: DraftWords;
  history: HistoryWords;
  tracking: TrackingWords;
  /** Under an address that held hidden characters (bidi controls, zero-width), shown written out. */
  hiddenAddress: string;
  why: string;
  recipient: string;
  decoder: string;
  status: string;
  replyCode: string;
  remoteMta: string;
  command: string;
  diagnostic: string;
  evidence: string;
  /** Tooltip of the classifier's internal rule id under the evidence. */
  ruleIdTitle: string;
  readFrom: { raw: string; text: string };
  /** Gmail's own names for the two ways to the source, as its menu says them. */
  routeName: Record<'download' | 'show-original', string>;
  /** After readFrom.raw: which of the two gave the source. */
  rawRoute: (routeName: string) => string;
  retrievalFailure: string;
  /** One failed way to the source: its name, then why. */
  retrievalFailureItem: (routeName: string, cause: string) => string;
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
  unreadable: '判定できませんでした',
  toneBadge: {
    info: 'お知らせ',
    unknown: '判定不能',
  },
  pendingBadge: '配達の遅れ（まだ失敗ではありません）',
  pendingChip: '配達待ち',
  // The chips' words when the recipients differ; one count when they all come to the same.
  recipientCount: (hard, soft, pending) =>
    [
      ...(hard > 0 && soft > 0 ? [`直すまで届かない ${hard}件`, `原因が直れば届く ${soft}件`] : hard + soft > 0 ? [`届かなかった宛先 ${hard + soft}件`] : []),
      pending > 0 ? `配達を待っている宛先 ${pending}件` : '',
    ]
      .filter(Boolean)
      .join('・'),
  actor: '対応する人',
  steps: '対処のしかた',
  resend: '再送について',
  notes: '補足',
  adminMessage: '管理者や相手に送る文面',
  copyMessage: '文面をコピー',
  copyMessageLabel: '管理者や相手に送る文面をクリップボードにコピー',
  decisive: '判断の決め手になった相手サーバーの返答',
  glossary: '英語の意味',
  didYouMean: '正しいアドレスはこちらではありませんか？',
  copy: 'コピー',
  copied: 'コピーしました',
  copyFailed: 'コピーできませんでした。アドレスを選択してコピーしてください。',
  copyLabel: (address) => `${address} をクリップボードにコピー`,
  resendButton: '正しいアドレスで送り直す',
  resendLabel: (address) => `${address} 宛てに送り直す（メールの作成画面が新しいタブで開きます）`,
  resendNote: (attachments) =>
    `作成画面が新しいタブで開きます。まだ送信はされません。${
      attachments > 0 ? `元のメールの添付ファイル（${attachments}件）は引き継がれないので、` : '添付ファイルは引き継がれないので、'
    }送る前に添付し直してください。`,
  draftWords: { quoteHeading: '---- 元のメッセージ ----', cut: '（長いため、ここから先は省略しました）' },
  history: {
    flagged: (total) => `このアドレスは「届かない宛先」として記録されています（これまでに${total}回）。`,
    unflagged: (total) => `このアドレスの記録は解除済みです（これまでに${total}回届きませんでした）。`,
    softRun: (run, total) => `このアドレスには${run}回続けて届いていません（これまでに${total}回）。`,
    counted: (total) => `このアドレスに届かなかったのは、これまでに${total}回です。`,
  },
  tracking: {
    notOursTitle: 'これは、あなたが送ったメールへの返事ではありません',
    notOursBody: [
      '戻ってきた元のメールは、あなたのアドレスから送られたものではありません。ほかの人の名前をかたった偽のエラーメール（バックスキャッター：迷惑メールでよく使われる手口です）か、送り先を間違えて届いたものです。',
      'あなたの送信に問題はありません。本文のリンクは開かず、添付ファイルも開かないでください。この宛先は記録していません。',
      'ご自分の別のアドレスから送ったメールなら、設定画面の「送信に使うアドレス」に追加してください。',
    ],
    unverified:
      '元のメールが戻ってこなかったため、あなたが送ったメールへの返事かどうかを確かめられませんでした。「未確認」として記録しました。',
    skipped: (skipped, cap) => `宛先が多すぎるため、最初の${cap}件だけを記録しました（残りの${skipped}件は記録していません）。`,
    refused: {
      newer:
        '記録しませんでした。保存されている一覧は新しい版の不達ナビで書かれたもので、この版では読めません。一覧は書き換えずにそのまま残しています。',
      unreadable: '記録しませんでした。保存されている一覧を読み取れないため、書き換えずにそのまま残しています。設定画面から書き出せます。',
    },
  },
  hiddenAddress:
    'このアドレスには見えない文字（文字の向きを変える制御文字や幅のない文字）が含まれていたため、⟨U+…⟩の形で表示しています。別のアドレスに見せかける手口です。コピーや記録はしません。',
  why: 'なぜそう判断したか',
  recipient: '宛先',
  decoder: '読み取りに使った形式',
  status: 'ステータスコード',
  replyCode: 'SMTP応答コード',
  remoteMta: '相手のサーバー',
  command: '失敗した段階',
  diagnostic: 'サーバーの返答（原文）',
  evidence: '判断の根拠',
  ruleIdTitle: '判定に使った規則の名前（誤判定を報告するときにお伝えください）',
  readFrom: { raw: 'メールのソース（原文）から判定しました。', text: '画面に表示された本文から判定しました。' },
  routeName: { download: '「メッセージをダウンロード」', 'show-original': '「メッセージのソースを表示」' },
  rawRoute: (routeName) => `（${routeName}から取得）`,
  retrievalFailure: '原文を取得できなかった理由',
  retrievalFailureItem: (routeName, cause) => `${routeName}：${cause}`,
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

const bounces = (count: number) => `${count} ${count === 1 ? 'bounce' : 'bounces'}`;

const en: SidebarText = {
  product: 'Bounce Navi',
  regionLabel: 'Bounce Navi: what this bounce means',
  collapse: 'Collapse',
  expand: 'Expand',
  close: 'Close',
  loading: 'Reading the bounce…',
  noAnswer: 'The extension did not answer. Reload the page and open the message again.',
  unreadable: 'We could not read this bounce',
  toneBadge: { info: 'Notice', unknown: 'Undecided' },
  pendingBadge: 'Delivery delayed (not a failure yet)',
  pendingChip: 'Still trying',
  recipientCount: (hard, soft, pending) =>
    [
      ...(hard > 0 && soft > 0 ? [`${hard} fail until fixed`, `${soft} work once fixed`] : hard + soft > 0 ? [`${hard + soft} not delivered`] : []),
      pending > 0 ? `${pending} still being tried` : '',
    ]
      .filter(Boolean)
      .join(' · '),
  actor: 'Who acts',
  steps: 'What to do',
  resend: 'Resending',
  notes: 'Good to know',
  adminMessage: 'A message to forward',
  copyMessage: 'Copy message',
  copyMessageLabel: 'Copy the message to forward to the clipboard',
  decisive: 'What the receiving server said',
  glossary: 'Meaning',
  didYouMean: 'Did you mean this address?',
  copy: 'Copy',
  copied: 'Copied',
  copyFailed: 'Could not copy. Select the address and copy it.',
  copyLabel: (address) => `Copy ${address} to the clipboard`,
  resendButton: 'Resend to the corrected address',
  resendLabel: (address) => `Resend to ${address} (opens a new draft in a new tab)`,
  resendNote: (attachments) =>
    `A new draft opens in a new tab; nothing is sent yet. ${
      attachments > 0 ? `The original's ${attachments === 1 ? 'attachment is' : `${attachments} attachments are`} not carried over:` : 'Attachments are not carried over:'
    } attach them again before you send.`,
  draftWords: { quoteHeading: '---- Original message ----', cut: '(The rest was left out because it is long.)' },
  history: {
    flagged: (total) => `This address is flagged as undeliverable (${bounces(total)} so far).`,
    unflagged: (total) => `You unflagged this address (${bounces(total)} so far).`,
    softRun: (run, total) => `${run} failures in a row for this address (${total} so far).`,
    counted: (total) => `Bounces for this address so far: ${total}.`,
  },
  tracking: {
    notOursTitle: 'This is not a reply to a mail you sent',
    notOursBody: [
      'The original mail that came back was not sent from your address. This is a forged bounce that borrows someone else\'s name (backscatter, a common spam trick), or one that reached you by mistake.',
      'Nothing is wrong with your sending. Do not open its links or attachments. These addresses were not recorded.',
      'If you sent it from another address of yours, add that address under "Addresses you send from" in the settings.',
    ],
    unverified: 'The original mail did not come back, so we cannot tell whether you sent it. Recorded as "unverified".',
    skipped: (skipped, cap) => `Too many recipients: only the first ${cap} were recorded (${skipped} more were not).`,
    refused: {
      newer: 'Not recorded. The stored list was written by a newer version of Bounce Navi, which this one cannot read. It is left exactly as it is.',
      unreadable: 'Not recorded. The stored list cannot be read, so it is left exactly as it is. You can export it from the settings.',
    },
  },
  hiddenAddress:
    'This address held invisible characters (controls that reverse text direction, or zero-width characters), shown here as ⟨U+…⟩. This is a trick to look like another address. It is not copied or recorded.',
  why: 'Why we think so',
  recipient: 'Recipient',
  decoder: 'Format read',
  status: 'Status code',
  replyCode: 'SMTP reply code',
  remoteMta: 'Receiving server',
  command: 'Failed at',
  diagnostic: 'Server response',
  evidence: 'Evidence',
  ruleIdTitle: 'The name of the rule used (quote it when reporting a wrong verdict)',
  readFrom: { raw: 'Read from the message source.', text: 'Read from the text shown on screen.' },
  routeName: { download: '"Download message"', 'show-original': '"Show original"' },
  rawRoute: (routeName) => ` (via ${routeName})`,
  retrievalFailure: 'Why the source was not used',
  retrievalFailureItem: (routeName, cause) => `${routeName}: ${cause}`,
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

/** The tracker's line for a recipient; empty when it counted nothing (a delay warning is not a bounce). */
export function historyLine(words: HistoryWords, history: HistoryView): string {
  if (history.state === 'hard') return words.flagged(history.totalBounces);
  if (history.state === 'unflagged') return words.unflagged(history.totalBounces);
  if (history.totalBounces === 0) return '';
  if (history.softRun > 1) return words.softRun(history.softRun, history.totalBounces);
  return words.counted(history.totalBounces);
}
