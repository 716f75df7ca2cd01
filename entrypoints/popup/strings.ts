import type { StoreProblemWords } from '@/components/StoreProblemNotice';
import type { TrackedListStrings } from '@/components/TrackedList';
import type { Lang } from '@/lib/i18n/lang';
import type { TrackerFilter } from '@/lib/tracker/summary';

// Every text of the popup, in both languages (one table per screen).

export interface PopupStrings {
  title: string;
  loading: string;
  badgeNote: string;
  filterLabel: string;
  filters: Readonly<Record<TrackerFilter, string>>;
  searchLabel: string;
  searchPlaceholder: string;
  noMatch: string;
  emptyTitle: string;
  emptyBody: readonly string[];
  burstWarning: (count: number) => string;
  /** The "your sending" warning's frame; what it says comes from lib/explain/sending.ts. */
  sending: {
    heading: string;
    who: string;
    report: string;
    copyReport: string;
    copied: string;
    copyFailed: string;
    resolve: string;
  };
  guideTitle: string;
  /** The guide's copyable 「受信設定のお願い」 (the text itself is lib/explain/ja/carriers.ts, in Japanese). */
  carrierRequest: {
    intro: string;
    carrierLabel: string;
    carriers: Readonly<Record<'docomo' | 'au' | 'softbank', string>>;
    domainLabel: string;
    copy: string;
    copied: string;
    copyFailed: string;
  };
  guideIntro: string;
  guideAsk: string;
  guideSteps: readonly string[];
  guideAfter: string;
  openOptions: string;
  actionFailed: string;
  list: TrackedListStrings;
  storeProblem: StoreProblemWords;
  dateLocale: string;
}

export const popupStrings: Readonly<Record<Lang, PopupStrings>> = {
  ja: {
    title: '不達ナビ',
    loading: '読み込んでいます…',
    badgeNote: 'アイコンの数字は、この7日間に新しく「届かない」と判定した宛先の数です。',
    filterLabel: '表示する宛先',
    filters: { all: 'すべて', hard: '届かない', soft: '一時的' },
    searchLabel: '宛先を検索',
    searchPlaceholder: 'アドレスで検索',
    noMatch: '条件に合う宛先はありません。',
    emptyTitle: 'まだ記録はありません',
    emptyBody: [
      'Gmail か Outlook で、メールが届かなかったという知らせ（差出人が Mail Delivery Subsystem や postmaster のメール）を開いてください。原因と対処法を、画面の横に日本語で表示します。',
      '届かなかった宛先は、ここに一覧で残ります。アドレスの打ち間違いが見つかったときは、正しいアドレスをワンクリックでコピーできます。',
      '記録はこのブラウザの中だけに保存します。外部には一切送信しません。',
    ],
    burstWarning: (count) =>
      `この24時間で、${count}件の宛先が「届かない」と判定されました。届かないメールを送り続けると、送信元が迷惑メールの送り主と見なされ、メールを送れなくなることがあります。送る前に宛先の一覧を見直してください。`,
    sending: {
      heading: 'あなたのメールの送信に問題があります',
      who: '直せる人',
      report: 'メール管理者への報告',
      copyReport: '報告をコピー',
      copied: 'コピーしました',
      copyFailed: 'コピーできませんでした',
      resolve: '解決した',
    },
    guideTitle: 'エラーが返ってこないのに届かないときは',
    carrierRequest: {
      intro: '相手の携帯電話会社を選ぶと、その会社の画面での設定の名前が入った「受信設定のお願い」ができます。コピーして、SMS や LINE で送ってください。',
      carrierLabel: '相手の携帯電話会社',
      carriers: { docomo: 'ドコモ', au: 'au', softbank: 'ソフトバンク' },
      domainLabel: '許可してもらうあなたのドメイン（@より後ろ）',
      copy: '文面をコピー',
      copied: 'コピーしました',
      copyFailed: 'コピーできませんでした',
    },
    guideIntro:
      '携帯電話会社のメール（docomo・au・SoftBank など）では、迷惑メール対策の設定により、エラーを返さずにメールが捨てられることがあります。この場合、送った側には何も知らされません。',
    guideAsk: 'お相手に、次の点を確かめてもらってください。',
    guideSteps: [
      'あなたのアドレス、または @ より後ろのドメインを「受信リスト」（指定受信）に登録する。',
      '迷惑メールフォルダに入っていないか見る。',
      'パソコンからのメールや、URL付きのメールを拒否する設定になっていないか確かめる。',
    ],
    guideAfter: 'アドレスを教えてもらうときに、この設定を先にお願いしておくと安心です。急ぎの用件は、電話など別の方法でも連絡しましょう。',
    openOptions: '設定・書き出し・手動で調べる',
    actionFailed: '操作できませんでした。もう一度お試しください。',
    dateLocale: 'ja-JP',
    storeProblem: {
      title: '記録を一時停止しています',
      problem: {
        newer:
          '保存されている一覧は、新しい版の不達ナビで書かれたものです。この版では読めないため、書き換えずにそのまま残し、新しい記録はしていません。拡張機能を最新の版に更新してください。',
        unreadable:
          '保存されている一覧が壊れていて読み取れません。消さずにそのまま残し、新しい記録はしていません。下のボタンで保存されたままの内容を書き出せます。',
      },
      exportRaw: '保存されたままの内容を書き出す',
    },
    list: {
      listLabel: '届かなかった宛先',
      state: { hard: '届かない', soft: '一時的', unflagged: '解除済み', ok: '問題なし' },
      stateHint: {
        hard: 'ハードバウンス：今のままでは、このアドレスには届きません。',
        soft: 'ソフトバウンス：一時的なエラーです。続くと「届かない」に変わります。',
        unflagged: 'あなたが「届かない」の判定を解除しました。',
        ok: '届いたという通知があり、今は問題ありません。',
      },
      count: (count) => `${count}回`,
      lastDate: (date) => `最終 ${date}`,
      softRun: (run) => `（${run}回連続）`,
      suggestion: 'もしかして',
      copyAddress: 'コピー',
      copySuggested: '修正後をコピー',
      unverified: '未確認',
      unverifiedHint: '元のメールが戻ってこなかったため、あなたが送ったメールへの返事か確かめられなかった記録です。',
      hiddenAddress: '見えない文字を含むため、⟨U+…⟩の形で表示しています。コピーはできません。',
      resend: '正しいアドレスで送り直す',
      resendLabel: (address) =>
        `${address} 宛ての新しいメールを、記録したときのアカウントの作成画面で開きます。まだ送信はされません。件名と本文は記録していないので空のままです。添付ファイルも付け直してください。`,
      copied: 'コピーしました',
      copyFailed: 'コピーできませんでした',
      unflag: '判定を解除',
      resetRun: '回数をリセット',
      remove: '削除',
      removeConfirm: '一覧から削除しますか？',
      removeYes: '削除する',
      removeNo: 'やめる',
    },
  },
  en: {
    title: 'Bounce Navi',
    loading: 'Loading…',
    badgeNote: 'The number on the icon counts addresses newly found undeliverable in the last 7 days.',
    filterLabel: 'Addresses to show',
    filters: { all: 'All', hard: 'Undeliverable', soft: 'Temporary' },
    searchLabel: 'Search addresses',
    searchPlaceholder: 'Search by address',
    noMatch: 'No address matches.',
    emptyTitle: 'Nothing recorded yet',
    emptyBody: [
      'Open a "mail could not be delivered" notice in Gmail or Outlook (from Mail Delivery Subsystem or postmaster). Bounce Navi explains the cause and the fix beside it.',
      'The addresses that failed are listed here. When an address has a typo, you can copy the corrected one in one click.',
      'The list is kept in this browser only. Nothing is sent anywhere.',
    ],
    burstWarning: (count) =>
      `${count} addresses were found undeliverable in the last 24 hours. If you keep sending to dead addresses, mail providers may treat you as a spammer and block your sending. Please check your address list before you send again.`,
    sending: {
      heading: 'There is a problem with your sending',
      who: 'Who can fix it',
      report: 'Report for your mail administrator',
      copyReport: 'Copy report',
      copied: 'Copied',
      copyFailed: 'Could not copy',
      resolve: 'Fixed',
    },
    guideTitle: 'Mail does not arrive, but no error comes back',
    carrierRequest: {
      intro: "Pick the recipient's carrier for a request in Japanese that names the setting on that carrier's screens. Copy it and send it by SMS or LINE.",
      carrierLabel: "The recipient's carrier",
      carriers: { docomo: 'docomo', au: 'au', softbank: 'SoftBank' },
      domainLabel: 'Your domain to allow (after @)',
      copy: 'Copy text',
      copied: 'Copied',
      copyFailed: 'Could not copy',
    },
    guideIntro:
      'Japanese mobile carriers (docomo, au, SoftBank, ...) let users filter spam in ways that drop mail without any error. The sender is never told.',
    guideAsk: 'Ask the recipient to check these points:',
    guideSteps: [
      'Add your address, or your domain (the part after @), to their allowed senders list.',
      'Look in their spam folder.',
      'Check that mail from computers, or mail with links, is not rejected.',
    ],
    guideAfter: 'It helps to ask for this when you first get their address. For anything urgent, reach them another way too, such as by phone.',
    openOptions: 'Settings, export and manual check',
    actionFailed: 'That did not work. Please try again.',
    dateLocale: 'en-US',
    storeProblem: {
      title: 'Recording is paused',
      problem: {
        newer:
          'The stored list was written by a newer version of Bounce Navi. This version cannot read it, so it leaves it exactly as it is and records nothing new. Please update the extension.',
        unreadable:
          'The stored list is damaged and cannot be read. It is kept exactly as it is, and nothing new is recorded. You can export it as stored with the button below.',
      },
      exportRaw: 'Export the list as stored',
    },
    list: {
      listLabel: 'Addresses that bounced',
      state: { hard: 'Undeliverable', soft: 'Temporary', unflagged: 'Cleared', ok: 'OK' },
      stateHint: {
        hard: 'Hard bounce: mail to this address will not arrive as it is.',
        soft: 'Soft bounce: a temporary error. If it keeps happening, the address is marked undeliverable.',
        unflagged: 'You cleared the undeliverable mark.',
        ok: 'A delivery report came back; no problem now.',
      },
      count: (count) => (count === 1 ? '1 time' : `${count} times`),
      lastDate: (date) => `Last ${date}`,
      softRun: (run) => ` (${run} in a row)`,
      suggestion: 'Did you mean',
      copyAddress: 'Copy',
      copySuggested: 'Copy corrected',
      unverified: 'Unverified',
      unverifiedHint: 'The original mail did not come back, so it could not be checked that you sent it.',
      hiddenAddress: 'It holds invisible characters, shown as ⟨U+…⟩. It cannot be copied.',
      resend: 'Resend to corrected',
      resendLabel: (address) =>
        `Opens a new draft to ${address} in the account the bounce was read in. Nothing is sent yet. The list keeps no subject or text, so the draft starts empty; attach any files again.`,
      copied: 'Copied',
      copyFailed: 'Could not copy',
      unflag: 'Clear mark',
      resetRun: 'Reset count',
      remove: 'Delete',
      removeConfirm: 'Remove from the list?',
      removeYes: 'Delete',
      removeNo: 'Cancel',
    },
  },
};
