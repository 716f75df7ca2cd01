import type { TrackerEffect, Verdict } from '../story';
import type { ReasonText } from '../types';
import { DOMAIN_PART } from './common';

/** The story texts beyond the reasons' own (lib/explain/story.ts). */
export const jaStoryTexts = {
  'mistyped-domain': (f) => {
    const from = f.suggestion?.domain?.from ?? f.domain;
    const to = f.suggestion?.domain?.to ?? '';
    const suggested = f.suggestion?.suggested ?? '';
    return {
      title: 'アドレスの@より後ろ（ドメイン）が打ち間違いです',
      whatHappened: f.nonexistentDomain
        ? `宛先の${DOMAIN_PART}「${from}」は、インターネット上に存在しません。${to ? `「${to}」の打ち間違いと思われます。` : ''}待っても、このアドレスには届きません。`
        : `宛先の${DOMAIN_PART}「${from}」は、${to ? `「${to}」の` : ''}打ち間違いと思われます。このままのアドレスでは届きません。`,
      actor: 'you',
      severity: 'hard',
      steps: [
        suggested
          ? `正しいと思われるアドレスは「${suggested}」です。名刺や、相手から届いたメールで確かめてください。`
          : '名刺や、相手から届いたメールで、@より後ろを確かめてください。',
        '宛先を正しいアドレスに直して、送り直してください。',
        'アドレス帳や宛先の入力候補に間違ったアドレスが残っていたら、直すか削除してください。',
      ],
      resend: '同じアドレスに送り直しても届きません。直したアドレスで送り直してください。',
      verdict: 'このアドレスには届きません。直したアドレスで送れば届きます。',
    };
  },
} satisfies Record<'mistyped-domain', ReasonText>;

export const jaStoryLabels: Record<'mistyped-domain', string> = {
  'mistyped-domain': 'アドレスの@より後ろの打ち間違い',
};

/**
 * The top of the sidebar, in the chips' words (labels.ts jaSeverityLabels) and the tracker
 * notes' glosses below; some of each is said as such, the counts beside it say how many.
 */
export const jaVerdictLabels: Record<Verdict, string> = {
  hard: '直すまで届かないエラー（ハードバウンス）',
  soft: '原因が直れば届くエラー（ソフトバウンス）',
  mixed: '宛先によって異なります',
};

/** A 4xx code on a failed recipient: the sending server has stopped, nobody retries it. */
export const JA_GAVE_UP_NOTE =
  '4で始まるコードは「一時的なエラー」を表しますが、あなたのメールサーバーはもう送り直すのをやめて、このお知らせを返しました。このメールが自動で送り直されることはありません。';

/** The tracker's treatment of this recipient, as the card's last note. */
export const jaTrackerNotes: Record<TrackerEffect, (softBounceLimit: number) => string> = {
  flag: () => '直すまで届かないエラー（ハードバウンス）です。この宛先は「届かない宛先」として記録されます。',
  count: (limit) =>
    `原因が直れば届くエラー（ソフトバウンス）です。同じ宛先で${limit}回続けて届かないと、この宛先は「届かない宛先」として記録されます。`,
  sender: () =>
    'このエラーは宛先のアドレスの問題ではないため、この宛先の記録には数えません。ほかの宛先にも影響することがあるため、ツールバーの不達ナビのボタンに「あなたの送信」の警告として出します。',
  none: () => '原因はこのメール（大きさ・形式・内容）にあり、宛先のアドレスの問題ではありません。この宛先の記録には数えません。',
};
