import type { SendingKind } from '../story';
import type { SendingWords } from '../sending';

/** The popup's "your sending" warning and the report for the mail administrator, in Japanese. */
export const jaSendingWords: SendingWords = {
  title: {
    listed: (lists) =>
      `あなたの会社のメールサーバーが迷惑メール送信元リスト${lists.length > 0 ? `（${lists.join('・')}）` : ''}に載っています`,
    reputation: () => 'あなたのメールの送り元の評判が下がり、メールが断られています',
    authentication: () => 'あなたのドメインの送信ドメイン認証（SPF・DKIM・DMARC）が通らず、メールが断られています',
    ptr: () => 'あなたのメールサーバーの「逆引き」の登録がなく、メールが断られています',
    rate: () => '短い時間に送りすぎたため、メールが一時的に断られています',
    policy: () => '相手の組織のルールで、あなたのメールが断られています',
    refused: () => '相手のサーバーが、あなたの送り元を理由にメールを断っています',
  } satisfies Record<SendingKind, (lists: readonly string[]) => string>,
  meaning: {
    listed:
      'ブロックリストは、迷惑メールを送ったと判断されたサーバーの一覧です。あなたの会社のメールサーバー（のIPアドレス）がそこに載ると、多くの相手がメールを受け取らなくなります。',
    reputation: '相手のサーバーが、これまでの送信（迷惑メールの報告やエラーの多さ）から、あなたの送り元を信用できないと判断しています。',
    authentication:
      '相手のサーバーが、あなたのメールが本当にあなたのドメインから来たのか確かめられませんでした。ドメインの設定（DNS）が足りないか、送っているサーバーが設定に含まれていません。',
    ptr: 'IPアドレスからサーバーの名前が分かるようにする登録（PTRレコード）がないため、相手が受け取りを断っています。',
    rate: '同じ送り元からのメールが短い時間に多すぎたため、相手がしばらく受け取りを制限しています。',
    policy: '相手の組織が決めたルール（社外からのメールの制限など）に合わないとして、断られています。',
    refused: '相手のサーバーが、送り元のアドレスやサーバーの設定を理由に、受け取りを断っています。',
  } satisfies Record<SendingKind, string>,
  others: {
    listed: '宛先のアドレスの問題ではありません。直るまでは、ほかの宛先にもメールが届かないことがあります。',
    reputation: '宛先のアドレスの問題ではありません。直るまでは、ほかの宛先にもメールが届かないことがあります。',
    authentication: '宛先のアドレスの問題ではありません。直るまでは、ほかの宛先にもメールが届かないことがあります。',
    ptr: '宛先のアドレスの問題ではありません。直るまでは、ほかの宛先にもメールが届かないことがあります。',
    rate: '宛先のアドレスの問題ではありません。一斉送信を続けると、ほかの宛先でも同じことが起きます。',
    policy: '宛先のアドレスの問題ではありません。同じ組織のほかの宛先にも届かないことがあります。',
    refused: '宛先のアドレスの問題ではありません。直るまでは、ほかの宛先にもメールが届かないことがあります。',
  } satisfies Record<SendingKind, string>,
  who: {
    listed: '直せるのは、あなたの会社のメール管理者か、契約しているプロバイダーです。アカウントが乗っ取られていることもあるため、すぐに下の報告を送ってください。',
    reputation: '直せるのは、あなたの会社のメール管理者か、契約しているプロバイダーです。下の報告を送って相談してください。',
    authentication: '直せるのは、あなたのドメインを管理している人（メール管理者や、ドメインを契約している会社）です。下の報告を送ってください。',
    ptr: '直せるのは、あなたの会社のメール管理者か、契約しているプロバイダーです。下の報告を送ってください。',
    rate: 'しばらく待ってから、宛先を小分けにして送ってください。続くときは、メール管理者に下の報告を送ってください。',
    policy: '相手の組織のメール管理者にしか直せません。相手に電話などで連絡し、受け取れる方法を確かめてください。',
    refused: '直せるのは、あなたの会社のメール管理者か、契約しているプロバイダーです。下の報告を送ってください。',
  } satisfies Record<SendingKind, string>,
  count: (bounces, domains) =>
    `この${bounces}件のエラーが、まだ解決していません（宛先のドメイン: ${domains.join('、')}）。`,
  quiet: (days) => `同じようなエラーメールが${days}日間届かなければ、この警告は自動で消えます。直ったときは「解決した」を押してください。`,
  reportSubject: '【ご相談】メールの送信が相手のサーバーに拒否されています',
  reportIntro: [
    'お疲れさまです。',
    '送信したメールが、送り元（当社のメールサーバーまたはドメイン）を理由に、相手のサーバーで拒否されています。ほかの宛先にも影響するおそれがあるため、確認をお願いします。',
    'エラーメールの要点は次のとおりです。',
  ],
  reportLine: (incident, date) => [
    `・${date}  宛先ドメイン: ${incident.recipientDomain}${incident.recipients > 1 ? `（${incident.recipients}件）` : ''}`,
    `  応答コード: ${incident.replyCode || '不明'}  ステータス: ${incident.status || '不明'}  相手のサーバー: ${incident.remoteMta || '不明'}`,
    ...(incident.lists.length > 0 ? [`  名前の出たブロックリスト: ${incident.lists.join('、')}`] : []),
    ...(incident.diagnostic ? [`  サーバーの返答: ${incident.diagnostic}`] : []),
  ],
  reportOutro: 'よろしくお願いいたします。',
};
