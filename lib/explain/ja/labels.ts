import type { ReasonId, Severity } from '@/lib/bounce/types';
import type { AddressSuggestion, TypoFix } from '@/lib/typo/types';
import type { Actor } from '../types';

/** Short causes for lists (popup rows): a few words each. */
export const jaReasonLabels: Record<ReasonId, string> = {
  userunknown: 'アドレスの@より前が違う',
  hostunknown: 'アドレスの@より後ろが違う',
  hasmoved: 'アドレスが移転した',
  notaccept: 'メールを受け付けないドメイン',
  filtered: '相手の受信設定で拒否',
  rejected: 'あなたのアドレスを理由に拒否',
  mailboxfull: '相手のメールボックスが満杯',
  suspend: '相手のアドレスが利用停止',
  suppressed: '送信停止リストに登録済み',
  emailtoolarge: 'メールが大きすぎる',
  contenterror: 'メールの形式の問題',
  virusdetected: 'ウイルスと判定',
  spamdetected: '迷惑メールと判定',
  notcompliantrfc: 'メールの書き方が規格外',
  blocked: '送り元のサーバーが拒否されている',
  badreputation: '送り元の評判が低い',
  authfailure: '送信ドメイン認証の失敗',
  requireptr: '送り元の逆引き登録がない',
  policyviolation: '相手の組織のルールで拒否',
  securityerror: '安全上の理由で拒否',
  norelaying: '中継（リレー）を拒否',
  ratelimited: '送りすぎで一時制限',
  failedstarttls: '通信の暗号化に失敗',
  expired: '時間切れで配達中止',
  networkerror: '経路の一時的な問題',
  systemerror: '相手のサーバーの障害',
  systemfull: '相手のサーバーの容量不足',
  mailererror: '相手のサーバー内の配達エラー',
  syntaxerror: 'サーバー間のやりとりのエラー',
  onhold: '理由を決められない',
  undefined: '理由の記載なし',
  delivered: '配達できた',
  vacation: '自動返信',
  feedback: '迷惑メールとして報告された',
};

export const jaSeverityLabels: Record<Severity, string> = {
  hard: '直すまで届かない',
  soft: '原因が直れば届く',
};

export const jaSeverityDescriptions: Record<Severity, (softBounceLimit: number) => string> = {
  hard: () =>
    'ハードバウンス: アドレスを直すまで、何度送っても届きません。この宛先は「届かない宛先」として記録されます。',
  soft: (limit) =>
    `ソフトバウンス: 時間をおくか原因を直せば届くエラーです。ただし宛先のアドレスや相手のサーバーが原因のときは、同じ宛先で${limit}回続けて届かないと「届かない宛先」として記録されます。`,
};

export const jaActorLabels: Record<Actor, string> = {
  you: 'あなた（送った人）',
  recipient: '受け取る相手',
  'your-admin': 'あなたのメール管理者・プロバイダー',
  'recipient-admin': '相手のメール管理者',
  nobody: '対応は不要',
};

/** The default "who acts" sentence for each actor. */
export const jaActorSentences: Record<Actor, string> = {
  you: 'あなたが対応してください。',
  recipient: '相手に対応してもらう必要があります。',
  'your-admin': 'あなたのメール管理者かプロバイダー（メールのサービスを提供している会社）の対応が必要です。',
  'recipient-admin': '相手の会社などのメール管理者の対応が必要です。',
  nobody: 'だれも対応する必要はありません。',
};

/** What each typo fix changed, in one sentence. */
export const jaTypoFixes: Record<TypoFix, (suggestion: AddressSuggestion) => string> = {
  domain: (s) =>
    s.domain
      ? `@より後ろの「${s.domain.from}」は、「${s.domain.to}」の打ち間違いと思われます。`
      : '@より後ろが、よく使われるドメインの打ち間違いと思われます。',
  'full-width': () => '全角の文字（＠やアルファベット）を半角にしました。',
  space: () => 'アドレスの中の空白を取りました。',
  'trailing-dot': () => 'アドレスの最後の「.」を取りました。',
  'double-dot': () => '@より後ろの「..」を「.」にしました。',
};
