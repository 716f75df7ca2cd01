import type { ReasonId } from '@/lib/bounce/types';
import type { ReasonText, TextFacts } from '../types';
import { BOUNCE_RATE_NOTE, DOMAIN_PART, SERVER, adminMessage, carrierName, spoofFilterNote } from './common';

/** The seed article's advice when your own provider flags you as a spammer: act at once. */
const PROVIDER_AT_ONCE = 'すぐに契約しているプロバイダー（メールのサービスを提供している会社）かメールの管理者に連絡してください。';
const CHANGE_PASSWORD = 'あなたのアカウントが乗っ取られて迷惑メールの送信に使われた可能性があります。メールのパスワードを変えてください。';
const PROVIDER_NOTICE = 'プロバイダーから、原因や直し方を知らせるメールが届いていないかも確かめてください。';

function blocklistSentence(f: TextFacts): string {
  return f.blocklists.length > 0
    ? `エラーには、迷惑メールの送り元を集めた一覧（ブロックリスト）の名前「${f.blocklists.join('」「')}」が出ています。`
    : '';
}

/** Japanese texts for the reasons about the sender or its server (taxonomy.ts, third group). */
export const jaSenderReasons = {
  blocked: (f) => ({
    title: 'あなたのメールを送るサーバーが、相手に拒否されています',
    whatHappened: `相手の${SERVER}が、あなたのメールを送り出したサーバー（またはそのIPアドレス: ネット上の住所にあたる番号）からのメールを拒否しています。迷惑メールの送り元と判断されていることが多いです。${blocklistSentence(f)}同じサーバーを使うほかの人の送信が原因のこともあります。`,
    actor: 'your-admin',
    severity: 'soft',
    steps: [PROVIDER_AT_ONCE, CHANGE_PASSWORD, PROVIDER_NOTICE, '急ぎの用件は、電話など別の方法で相手に伝えてください。'],
    resend: '送り元の問題が解決するまでは、送り直しても同じエラーになります。',
    verdict: '宛先のアドレスに問題はありません。送り元の問題が直れば届きます。',
    adminMessage: adminMessage(
      `送信したメールが、送信サーバー（IP アドレス）を理由に相手のサーバーで拒否されました。${
        f.blocklists.length > 0 ? `ブロックリスト（${f.blocklists.join('、')}）の名前がエラーにあります。` : ''
      }送信サーバーの IP アドレスがブロックリストに載っていないか、アカウントが不正に使われていないか確認し、解除を依頼してください。`,
      f,
    ),
  }),

  badreputation: (f) => ({
    title: 'あなたの送り元の評判が低いため、受け取りを断られました',
    whatHappened: `相手の${SERVER}が、あなたの${DOMAIN_PART}や送信サーバーの「評判」が悪いと判断しました。評判とは、これまでに送ったメールへの迷惑メール報告やエラーの多さのことです。Gmail や Outlook などの大手でよく起きます。届かないアドレスへ何度も送っていると、評判が下がります。`,
    actor: 'your-admin',
    severity: 'soft',
    steps: [
      PROVIDER_AT_ONCE,
      CHANGE_PASSWORD,
      '届かないと分かっているアドレスには、送らないようにしてください。一斉送信の宛先リストも見直してください。',
      '急ぎの用件は、電話など別の方法で相手に伝えてください。',
    ],
    resend: '評判が回復するまで、送り直しても断られることがあります。数日おいてから少しずつ送ってください。',
    verdict: '宛先のアドレスに問題はありません。送り元の評判が回復すれば届きます。',
    adminMessage: adminMessage(
      '送信したメールが、送信ドメインまたは IP アドレスの評判（レピュテーション）を理由に相手のサーバーで拒否されました。送信量、エラー率、迷惑メール報告、アカウントの不正利用の有無を確認してください。',
      f,
    ),
    notes: [BOUNCE_RATE_NOTE],
  }),

  authfailure: (f) => {
    const checks = f.authChecks.length > 0 ? f.authChecks.join('・') : 'SPF・DKIM・DMARC';
    const isGmail = f.status === '5.7.26' || f.signals.has('gmail');
    return {
      title: '送り主が本物か確かめられず、受け取りを断られました',
      whatHappened: `相手の${SERVER}が、あなたのメールが本当にあなたのドメインから送られたものか確かめられず、受け取りを断りました（送信ドメイン認証の失敗。${checks} という仕組みで確かめます）。あなたのドメインの設定が足りないか、送っているサーバーが設定に含まれていないことが原因です。${
        isGmail ? 'Gmail あてには、この認証に通ることが求められています。' : ''
      }あなたが手で直せるものではなく、ドメインの管理者の作業が必要です。`,
      actor: 'your-admin',
      severity: 'soft',
      steps: [
        'メールの管理者（またはドメインを管理している会社）に、下の文面を送ってください。',
        'メールを送る仕組みを最近変えた（新しい配信サービスを使い始めた、など）なら、そのことも伝えてください。',
        '急ぎの用件は、電話など別の方法で相手に伝えてください。',
      ],
      resend: '設定が直るまでは、送り直しても同じエラーになります。直ったあとに送り直してください。',
      verdict: '宛先のアドレスに問題はありません。送り元の設定が直れば届きます。',
      adminMessage: adminMessage(
        `送信したメールが、送信ドメイン認証（${checks}）に失敗したとして相手のサーバーで拒否されました。${
          isGmail ? 'Gmail の送信者ガイドライン（5.7.26）に該当します。' : ''
        }送信ドメインの SPF レコードに送信サーバーが含まれているか、DKIM 署名が付いているか、DMARC の設定と整合しているかを確認してください。`,
        f,
      ),
      notes: [...(f.carrier ? [spoofFilterNote(f)] : [])],
    };
  },

  requireptr: (f) => ({
    title: '送り元のサーバーの登録が足りず、受け取りを断られました',
    whatHappened: `相手の${SERVER}は、送り元のサーバーに「逆引き」の登録を求めています。逆引き（PTRレコード）は、IPアドレスからサーバーの名前が分かるようにする登録です。あなたのメールを送り出したサーバーには、その登録がないか、内容が合っていません。`,
    actor: 'your-admin',
    severity: 'soft',
    steps: ['メールの管理者かプロバイダーに、下の文面を送ってください。', '急ぎの用件は、電話など別の方法で相手に伝えてください。'],
    resend: '登録が直るまでは、送り直しても同じエラーになります。',
    verdict: '宛先のアドレスに問題はありません。送り元の登録が直れば届きます。',
    adminMessage: adminMessage(
      '送信したメールが、送信サーバーの IP アドレスに逆引き（PTR レコード）がない、または正引きと一致しないとして相手のサーバーで拒否されました。送信サーバーの PTR レコードを設定してください。',
      f,
    ),
  }),

  policyviolation: (f) => ({
    title: '相手の組織のルールにより受け取りを断られました',
    whatHappened: `相手の${SERVER}が、相手の組織のルール（ポリシー）に合わないとして、あなたのメールを断りました。社外からのメールを受け取らない宛先や、決まった種類の添付ファイルを受け取らない組織があります。宛先のアドレスの問題ではありません。`,
    actor: 'recipient-admin',
    severity: 'soft',
    steps: [
      '添付ファイルがあれば、付けずに送るか、ファイル共有サービスのリンクに変えて送ってみてください。パスワード付きのZIPファイルや、プログラムのファイル（.exe など）を受け取らない組織が増えています。',
      'それでも断られるときは、電話など別の方法で相手に届かなかったことを伝えてください。',
      '相手の組織のメール管理者に、どうすれば受け取れるかを確かめてもらってください。',
    ],
    resend: '相手のルールに合わせるまでは、送り直しても同じエラーになります。',
    verdict: 'アドレスは使われている可能性があります。相手のルールに合わせれば届きます。',
    adminMessage: adminMessage(
      'お送りしたメールが、貴社のメールの受信ルール（ポリシー）により受け取りを拒否されました。どのような条件なら受信できるか、ご確認いただけますか。',
      f,
    ),
  }),

  securityerror: (f) => ({
    title: '相手のサーバーの安全上の判断で断られました',
    whatHappened: `相手の${SERVER}が、安全上の理由で受け取りを断りました。送り元の確認（認証）ができない、許可されていない送り方をしている、などが考えられます。エラーの英文に具体的な理由が書かれていることがあります。`,
    actor: 'your-admin',
    severity: 'soft',
    steps: [
      '下の「判断の決め手になった相手サーバーの返答」で、英語とその意味を読んでください。',
      'メールの管理者に下の文面を送って相談してください。',
      '急ぎの用件は、電話など別の方法で相手に伝えてください。',
    ],
    resend: '原因を直すまでは、送り直しても同じエラーになります。',
    verdict: '原因が直れば届く可能性があります。',
    adminMessage: adminMessage(
      '送信したメールが、相手のサーバーでセキュリティ上の理由（5.7.x）により拒否されました。エラー本文を確認し、送信側の認証や設定に問題がないか調べてください。',
      f,
    ),
  }),

  norelaying: (f) => ({
    title: 'メールの中継（リレー）を断られました',
    whatHappened: `${
      f.carrier === 'au'
        ? 'au あてでこのエラーが返るときは、宛先のアドレスの書き方が正しくないことがよくあります。'
        : ''
    }途中のサーバーが「このメールを中継（リレー: 別のサーバーへの受け渡し）することはできません」と答えました。あなたのメールソフトの送信設定（送信サーバーへのログイン）が正しくないか、宛先の${DOMAIN_PART}が相手のサーバーで扱われていないことが原因です。`,
    actor: 'your-admin',
    severity: 'soft',
    steps: [
      '宛先のアドレスに打ち間違いがないか、特に@より後ろを見直してください。',
      'メールソフトの設定で、送信サーバー（SMTP）の「認証」（ログイン）が有効になっているか確かめてください。',
      '分からないときは、メールの管理者に下の文面を送って相談してください。',
    ],
    resend: '設定かアドレスを直すまでは、送り直しても同じエラーになります。',
    verdict: '設定かアドレスを直せば届く可能性があります。',
    adminMessage: adminMessage(
      '送信したメールが「Relay access denied」（中継拒否）で返ってきました。送信時の SMTP 認証の設定と、宛先ドメインの MX レコードを確認してください。',
      f,
    ),
  }),

  ratelimited: (f) => ({
    title: '短い時間に送りすぎたため、一時的に断られました',
    whatHappened: `相手の${SERVER}が、同じ送り元からのメールや接続が短い時間に多すぎると判断しました。しばらく受け取りを制限しています。一斉送信や、宛先の多いメールで起きやすいエラーです。`,
    actor: f.signals.has('temporary') ? 'nobody' : 'you',
    severity: 'soft',
    steps: [
      f.signals.has('temporary')
        ? '今は待ってください。あなたのメールサーバーが、しばらく自動で送り直します。'
        : '30分〜1時間ほど待ってから送り直してください。',
      '一斉送信をするときは、宛先を小分けにして、時間をあけて送ってください。',
      '何度も続くときは、メールの管理者に下の文面を送って相談してください。',
    ],
    resend: f.signals.has('temporary')
      ? 'あなたのメールサーバーがしばらく自動で送り直します。それでも届かなければ、時間をあけて送り直してください。'
      : '時間をあければ、送り直して届くことが多いです。',
    verdict: '一時的な制限です。時間をおけば届きます。',
    adminMessage: adminMessage(
      '送信したメールが、送信数または接続数の制限（レート制限）により相手のサーバーで一時的に拒否されました。送信の速度と同時接続数を見直してください。',
      f,
    ),
  }),

  failedstarttls: (f) => ({
    title: '通信を暗号化できず、メールを渡せませんでした',
    whatHappened: `相手の${SERVER}は、通信の暗号化（TLS）を求めています。TLS は、途中で盗み見されないように通信を守る仕組みです。しかし、サーバー同士で暗号化の手続きがうまくいきませんでした。どちらかのサーバーの設定の問題で、あなたが手で直せるものではありません。`,
    actor: 'your-admin',
    severity: 'soft',
    steps: ['メールの管理者に下の文面を送って相談してください。', '急ぎの用件は、電話など別の方法で相手に伝えてください。'],
    resend: '設定が直るまでは、送り直しても同じエラーになることが多いです。',
    verdict: '宛先のアドレスに問題はありません。サーバーの設定が直れば届きます。',
    adminMessage: adminMessage(
      '送信したメールが、STARTTLS（TLS）の確立に失敗したため相手のサーバーに渡せませんでした。送信サーバーの TLS 設定（対応バージョン、証明書）を確認してください。',
      f,
    ),
    notes: [
      ...(f.carrier ? [`${carrierName(f)}のアドレスあてで続くときは、相手に別のアドレスを聞くのも一つの方法です。`] : []),
    ],
  }),
} satisfies Partial<Record<ReasonId, ReasonText>>;
