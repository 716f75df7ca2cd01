import type { ReasonId, UnparsedCause } from '@/lib/bounce/types';
import { factsFrom } from '../facts';
import type { ClassifiedKind, ExplanationDraft, ReasonText, ReportFacts, ReportText } from '../types';
import { BOUNCE_RATE_NOTE, silentDropNote } from './common';
import { jaReasonLabels, jaSeverityDescriptions } from './labels';
import { jaStoryLabels } from './story';
import { jaPathReasons } from './reasons-path';

/** The outcomes that are not failures share their reason's text. */
const notFailures: Record<Extract<ReasonId, 'delivered' | 'vacation' | 'feedback'>, ReasonText> = jaPathReasons;

const FAKE_BOUNCE_NOTE =
  'エラーメールをまねた迷惑メールもあります。エラーメールの中のリンクや添付ファイルは開かないでください。';
const SENDER_NOTE =
  '宛先のアドレスではなく、あなたの送信側（メールサーバーやドメイン）の問題で断られた宛先があります。ほかの人に送るメールも届かないおそれがあるため、ツールバーの不達ナビのボタンに警告を出し、メール管理者に送る報告を用意します。';
const RENDERED_NOTE =
  'このメールは画面に表示された文字から読み取りました。元のデータ（原文）より情報が少ないため、判定が大まかなことがあります。';
const SHOW_SOURCE =
  '「メッセージのソースを表示」で原文を開いてください（Gmail はメールの「⋮」メニュー、Outlook は「…」メニューの中にあります）。「Status:」と「Diagnostic-Code:」の行の英語が手がかりです。';

function countLine(f: ReportFacts): string {
  const parts = [];
  if (f.hardCount > 0) parts.push(`直すまで届かない宛先が${f.hardCount}件`);
  if (f.softCount > 0) parts.push(`原因が直れば届く宛先が${f.softCount}件`);
  return parts.length > 0 ? `${parts.join('、')}です。` : '';
}

function bounce(f: ReportFacts): ExplanationDraft {
  const [onlyCause] = f.causes;
  const title =
    f.recipientCount > 1
      ? `メールが${f.recipientCount}件の宛先に届きませんでした`
      : onlyCause
        ? `メールが届きませんでした（${onlyCause === 'mistyped-domain' ? jaStoryLabels[onlyCause] : jaReasonLabels[onlyCause]}）`
        : 'メールが届きませんでした';
  return {
    title,
    whatHappened: `送ったメールが相手に届かず、そのお知らせ（エラーメール）が戻ってきました。${countLine(f)}理由と対処は、宛先ごとに書いています。`,
    actor: f.actor,
    steps: ['宛先ごとの説明を読み、その手順で対処してください。', '急ぎの用件は、電話など別の方法で相手に伝えてください。'],
    resend:
      f.hardCount > 0
        ? 'アドレスの間違いを直すまでは、同じ宛先に送り直さないでください。'
        : '宛先ごとの説明にある時期か、原因が直ったあとに送り直してください。',
    verdict:
      f.hardCount > 0
        ? '直すまで届かない宛先があります。アドレスを確かめてください。'
        : 'どの宛先も、原因が直れば届きます。',
    notes: [
      ...(f.hardCount > 0 ? [jaSeverityDescriptions.hard(f.softBounceLimit)] : []),
      ...(f.softCount > 0 ? [jaSeverityDescriptions.soft(f.softBounceLimit)] : []),
      ...(f.senderRecipients > 0 ? [SENDER_NOTE] : []),
      BOUNCE_RATE_NOTE,
      ...(f.carrierRecipients > 0 ? [silentDropNote(factsFrom())] : []),
      FAKE_BOUNCE_NOTE,
      ...(f.fromRenderedText ? [RENDERED_NOTE] : []),
    ],
  };
}

/** Texts for the whole report, one per kind ('unparsed' is per cause, below). */
export const jaKinds: Record<ClassifiedKind, ReportText> = {
  bounce,
  delayed: (f) => ({
    title: 'メールの配達が遅れています（まだ送っている途中です）',
    whatHappened:
      'これは「まだ届けられていません」というお知らせで、失敗の知らせではありません。相手のサーバーにすぐ渡せなかったため、あなたのメールサーバーが自動で送り直しを続けています。「4時間たっても送れていません」のような知らせがよく届きます。',
    actor: 'nobody',
    steps: [
      '今は送り直さずに待ってください。',
      '数日たっても届けられなければ、改めて「届きませんでした」というお知らせが届きます。そのときは、その説明に従ってください。',
      '急ぎの用件は、電話など別の方法で相手に伝えてください。',
    ],
    resend: 'まだ送り直さないでください。あとで二重に届くことがあります。',
    verdict: 'まだ失敗ではありません。このあと届く可能性があります。',
    notes: [...(f.fromRenderedText ? [RENDERED_NOTE] : [])],
  }),
  delivered: () => notFailures.delivered(factsFrom()),
  'auto-reply': () => notFailures.vacation(factsFrom()),
  feedback: () => notFailures.feedback(factsFrom()),
  'not-bounce': () => ({
    title: 'エラーメール（不達のお知らせ）ではありません',
    whatHappened: 'このメールには、配達できなかったことを知らせる内容が見つかりませんでした。ふつうのメールとして読んでください。',
    actor: 'nobody',
    steps: [
      '特に何もしなくて大丈夫です。',
      '差出人が「Mailer-Daemon」などでも、あなたが送っていないメールについての知らせなら、迷惑メールの可能性があります。リンクや添付ファイルは開かないでください。',
    ],
    resend: '送り直す必要はありません。',
    verdict: 'このメールは不達のお知らせではありません。',
  }),
};

/** 判定できませんでした, the cause in plain words, and what the user can do instead. */
function unparsed(cause: string, whatHappened: string, firstSteps: readonly string[]): ReportText {
  return (f) => ({
    title: `判定できませんでした（${cause}）`,
    whatHappened,
    actor: 'you',
    steps: [...firstSteps, SHOW_SOURCE, '分からないときは、電話など別の方法で、相手にメールが届いているか確かめてください。'],
    resend: 'このお知らせだけでは、送り直すべきか判断できません。相手に届いているか確かめてから決めてください。',
    verdict: 'メールが届いたかどうかは、このお知らせからは分かりませんでした。',
    notes: [...(f.fromRenderedText ? [RENDERED_NOTE] : []), ...(f.detail ? [`技術的な情報: ${f.detail}`] : [])],
  });
}

export const jaUnparsedCauses: Record<UnparsedCause, ReportText> = {
  empty: unparsed('中身が空でした', 'メールの中身を読み取れませんでした。読み込みの途中だった可能性があります。', [
    'メールを一度閉じて、開き直してください。',
  ]),
  'too-large': unparsed(
    'エラーメールが大きすぎます',
    'このエラーメールが大きすぎるため、パソコンに負担をかけないように、不達ナビは読むのを途中でやめました。送ったメールが添付されて戻ってきたときによくあります。',
    [],
  ),
  'too-deep': unparsed(
    'メールの構造が複雑すぎます',
    'メールの中にメールが何重にも入っていて（入れ子の構造）、安全に読める深さを超えていました。',
    [],
  ),
  'too-many-parts': unparsed(
    'メールの部品が多すぎます',
    'メールが数百を超える部品（本文や添付ファイルの区切り）に分かれていて、安全に読める数を超えていました。ふつうのエラーメールの部品は数個です。エラーメールに見せかけて作られたメールかもしれません。',
    [],
  ),
  'too-many-headers': unparsed(
    'メールのヘッダーが多すぎます',
    'メールの先頭にある管理用の情報（ヘッダー）の行が多すぎて、安全に読める数を超えていました。ふつうのエラーメールには、これほど多くありません。エラーメールに見せかけて作られたメールかもしれません。',
    [],
  ),
  'too-slow': unparsed(
    '時間がかかりすぎました',
    '読み取りに時間がかかりすぎたため、ブラウザーが固まらないように途中でやめました。',
    ['メールを開き直して、もう一度試してください。'],
  ),
  'not-a-mail': unparsed(
    'メールを取り出せませんでした',
    'メールの原文の代わりに、ログイン画面などの別のページが返ってきました。ログインの期限が切れている可能性があります。',
    ['ページを再読み込みし、必要ならログインし直してから、メールを開き直してください。'],
  ),
  'broken-mime': unparsed(
    'メールの形式が壊れています',
    'メールの形式（決まりごと）が壊れていて、中身を正しく読めませんでした。',
    [],
  ),
  'no-recipient': unparsed(
    '届かなかった宛先が見つかりません',
    'エラーメールのようですが、どの宛先に届かなかったのかを見つけられませんでした。',
    ['送信済みフォルダで元のメールを開き、宛先を確かめてください。'],
  ),
};
