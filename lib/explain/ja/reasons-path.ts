import type { ReasonId } from '@/lib/bounce/types';
import type { ReasonText, TextFacts } from '../types';
import { SERVER, adminMessage } from './common';

/** The seed article's advice for a server that is down or slow: it retries by itself, so wait. */
function waitResend(f: TextFacts): string {
  return f.signals.has('temporary')
    ? 'あなたのメールサーバーが自動で送り直しを続けています。今は送り直さずに待ってください。'
    : 'しばらく（数時間〜半日）おいてから、一度だけ送り直してください。';
}

/** Japanese texts for the path between the servers, the undecided cases, and the outcomes that are not failures. */
export const jaPathReasons = {
  expired: () => ({
    title: '相手のサーバーにつながらず、配達が打ち切られました',
    whatHappened: `あなたのメールサーバーが、相手の${SERVER}に何度も渡そうとしましたが、決められた期間（多くは数日）つながらず、配達をあきらめました。相手のサーバーの故障や混雑が続いていたと考えられます。`,
    actor: 'recipient-admin',
    severity: 'soft',
    steps: [
      '電話など別の方法で、相手にメールが届いていないことを伝えてください。',
      'しばらくおいてから、もう一度送ってください。',
      '何度送っても同じなら、相手のメール管理者に確かめてもらってください。',
    ],
    resend: 'このメールはもう自動では送られません。時間をおいて、もう一度送ってください。',
    verdict: 'アドレスが間違っているとは限りません。相手のサーバーが直れば届きます。',
  }),

  // Nobody acts while the server still retries (4xx); after a final failure the user sends again later.
  networkerror: (f) => ({
    title: '相手のサーバーまでの経路に問題がありました',
    whatHappened: `相手の${SERVER}を探す途中や、つなぐ途中で問題が起きました。相手の住所を調べる仕組み（DNS）の一時的な不調や、通信の混雑が原因です。多くは時間がたつと直ります。`,
    actor: f.signals.has('temporary') ? 'nobody' : 'you',
    ...(f.signals.has('temporary') ? {} : { actorText: '時間をおいて、あなたが送り直してください。' }),
    severity: 'soft',
    steps: [
      'アドレスの@より後ろに打ち間違いがないか、念のため見直してください。',
      f.signals.has('temporary')
        ? '間違いがなければ、そのまま待ってください。あなたのメールサーバーが自動で送り直します。'
        : '間違いがなければ、数時間〜半日おいてから、もう一度送ってください。',
      '急ぎの用件は、電話など別の方法で相手に伝えてください。',
    ],
    resend: waitResend(f),
    verdict: f.signals.has('temporary')
      ? '一時的な問題です。時間をおけば届く見込みです。'
      : '一時的な問題です。時間をおいて送り直せば届く見込みです。',
  }),

  systemerror: (f) => ({
    title: '相手のサーバーに障害が起きていました',
    whatHappened: `相手の${SERVER}で、故障や不調が起きていて、メールを受け取れませんでした。あなたの側の問題ではありません。多くは数時間で直ります。`,
    actor: f.signals.has('temporary') ? 'nobody' : 'you',
    ...(f.signals.has('temporary') ? {} : { actorText: '時間をおいて、あなたが送り直してください。' }),
    severity: 'soft',
    steps: [
      f.signals.has('temporary')
        ? '今は待ってください。相手のサーバーが直れば、自動で送り直されたメールが届きます。'
        : '数時間〜半日おいてから、もう一度送ってください。',
      '急ぎの用件は、電話など別の方法で相手に伝えてください。',
      '何日も続くときは、相手に知らせて、相手のメール管理者に確かめてもらってください。',
    ],
    resend: waitResend(f),
    verdict: '一時的な問題です。相手のサーバーが直れば届きます。',
  }),

  systemfull: (f) => ({
    title: '相手のサーバーの保存場所がいっぱいです',
    whatHappened: `相手の${SERVER}そのものの保存場所（ディスク）がいっぱいで、メールを受け取れませんでした。相手個人ではなく、サーバー全体の問題です。`,
    actor: 'recipient-admin',
    severity: 'soft',
    steps: [
      '少し待ってから送り直してください。',
      '急ぎの用件は、電話など別の方法で相手に伝えてください。',
      '続くときは、相手に知らせて、相手のメール管理者に直してもらってください。',
    ],
    resend: waitResend(f),
    verdict: '一時的な問題です。相手のサーバーに空きができれば届きます。',
  }),

  mailererror: (f) => ({
    title: '相手のサーバーの中で配達に失敗しました',
    whatHappened: `メールは相手の${SERVER}まで届きましたが、その中でメールボックスに配る仕組みがエラーになりました。相手側の設定や不調によるものです。`,
    actor: 'recipient-admin',
    severity: 'soft',
    steps: [
      '電話など別の方法で、相手に届かなかったことを伝えてください。',
      '相手のメール管理者に、下の文面を伝えて確かめてもらってください。',
      '直ったと連絡があったら、送り直してください。',
    ],
    resend: '相手側が直るまでは、送り直しても同じエラーになることがあります。',
    verdict: '相手側の問題です。直れば届きます。',
    adminMessage: adminMessage(
      'お送りしたメールが、貴社のメールサーバー内の配送処理（配送プログラム）のエラーで届きませんでした。サーバーの設定をご確認いただけますか。',
      f,
    ),
  }),

  syntaxerror: (f) => ({
    title: 'サーバー同士のやりとりでエラーが起きました',
    whatHappened: `メールを渡すとき、サーバー同士は決まった手順で会話します。その会話で、相手の${SERVER}が「命令の形がおかしい」と答えました。送信側のソフトや設定の問題であることが多いです。`,
    actor: 'your-admin',
    severity: 'soft',
    steps: ['もう一度だけ送り直してみてください。', '同じエラーが返るなら、メールの管理者に下の文面を送って相談してください。'],
    resend: '一度だけ送り直してみてください。続くときは設定を直す必要があります。',
    verdict: '設定が直れば届く可能性があります。',
    adminMessage: adminMessage(
      '送信したメールが、SMTP コマンドの構文エラーとして相手のサーバーで拒否されました。送信ソフトまたは送信サーバーの SMTP の実装と設定を確認してください。',
      f,
    ),
  }),

  onhold: () => ({
    title: '届かなかった理由をはっきり決められませんでした',
    whatHappened:
      'メールが届かなかったことは分かりますが、エラーの内容が少なく、理由をはっきり決められませんでした。下に出ている英語の言葉とその意味が手がかりになります。',
    actor: 'you',
    severity: 'soft',
    steps: [
      '下の「判断の決め手になった相手サーバーの返答」で、英語とその意味を読んでください。',
      '宛先のアドレスに打ち間違いがないか見直してください。',
      '電話など別の方法で、相手にメールが届いているか確かめてください。',
    ],
    resend: '時間をおいて一度だけ送り直してみてください。同じエラーが続くなら、送り直すのはやめて相手に確かめてください。',
    verdict: '一時的な問題の可能性があります。',
  }),

  undefined: () => ({
    title: '届かなかった理由が書かれていませんでした',
    whatHappened:
      'メールが届かなかったことは分かりますが、エラーコード（エラーの種類を表す番号）も説明の文もなく、理由が分かりませんでした。',
    actor: 'you',
    severity: 'soft',
    steps: [
      '宛先のアドレスに打ち間違いがないか見直してください。',
      '電話など別の方法で、相手にメールが届いているか確かめてください。',
      '時間をおいて一度だけ送り直してみてください。',
    ],
    resend: '一度だけ送り直してみてください。また戻ってきたら、相手に別の方法で連絡してください。',
    verdict: '理由は分かりません。',
  }),

  delivered: () => ({
    title: 'メールは相手に届きました',
    whatHappened:
      'これはエラーではなく、「配達できました」というお知らせ（配信確認）です。あなたのメールは相手のサーバーに届いています。',
    actor: 'nobody',
    steps: ['何もしなくて大丈夫です。'],
    resend: '送り直す必要はありません。',
    verdict: 'このアドレスには届いています。',
  }),

  vacation: () => ({
    title: '相手からの自動返信です',
    whatHappened:
      'これはエラーではなく、相手が設定した自動返信（休暇や不在のお知らせなど）です。あなたのメールは相手に届いています。',
    actor: 'nobody',
    steps: ['返信の文面に、不在の期間やほかの連絡先が書かれていないか見てください。', '急ぎの用件なら、書かれている別の連絡先に連絡してください。'],
    resend: '送り直す必要はありません。',
    verdict: 'このアドレスには届いています。',
  }),

  feedback: () => ({
    title: '受け取った人が、あなたのメールを迷惑メールとして報告しました',
    whatHappened:
      'これは不達のエラーではなく、「苦情の報告」（フィードバックループ）です。受け取った人が、あなたのメールに「迷惑メール」の印を付けたことを、相手のメールサービスが知らせてきました。',
    actor: 'you',
    steps: [
      'この宛先には、案内やお知らせのメールを送らないようにしてください。',
      '一斉送信をしているなら、配信を望まない人を宛先リストから外してください。',
    ],
    resend: '送り直さないでください。報告が増えると、あなたのメールがほかの人にも届きにくくなります。',
    verdict: 'メールは届いていますが、この宛先に送り続けると、あなたの送信全体の評判が下がります。',
  }),
} satisfies Partial<Record<ReasonId, ReasonText>>;
