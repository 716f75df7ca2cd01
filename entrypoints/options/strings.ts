import type { Lang, LangSetting } from '@/lib/i18n/lang';
import type { StoreProblemWords } from '@/components/StoreProblemNotice';
import type { CsvColumn, ImportOutcome, ImportProblem } from '@/lib/tracker/exchange';
import type { ImportTally } from './mailbox-import';
import type { TrackerState } from '@/lib/tracker/model';
import { MAX_TRACKED_RECIPIENTS } from '@/lib/tracker/prune';

// Every text of the options page, in both languages (one table per screen).

export interface OptionsStrings {
  title: string;
  loading: string;
  saved: string;
  failed: string;
  // settings
  settingsTitle: string;
  thresholdLabel: string;
  thresholdHelp: (threshold: number) => string;
  languageLabel: string;
  languages: Readonly<Record<LangSetting, string>>;
  // the pre-send guard
  guardTitle: string;
  guardHelp: string;
  guardEnabled: string;
  guardConfirmSend: string;
  guardSoftWarns: string;
  // manual check
  manualTitle: string;
  manualHelp: string;
  manualPasteLabel: string;
  manualPlaceholder: string;
  manualFileLabel: string;
  manualDropHint: string;
  manualFileChosen: (name: string) => string;
  manualAnalyse: string;
  manualAnalysing: string;
  manualEmpty: string;
  manualRecord: string;
  manualRecorded: (count: number) => string;
  manualNothingToRecord: string;
  // past bounces from mailbox files
  mailboxTitle: string;
  mailboxHelp: string;
  mailboxChoose: string;
  mailboxReading: (fileName: string, percent: number, read: number) => string;
  mailboxCancel: string;
  mailboxCancelled: (filesDone: number) => string;
  mailboxDone: (t: ImportTally) => string;
  /** One line per reason a bounce or mail was not recorded; '' when none. */
  mailboxSkipped: (t: ImportTally) => readonly string[];
  mailboxFailed: string;
  manualNotOurs: string;
  manualStoreLocked: string;
  // own addresses
  ownTitle: string;
  ownHelp: string;
  ownAliasesLabel: string;
  ownIgnored: (count: number) => string;
  ownSave: string;
  ownSeenTitle: string;
  ownSeenNone: string;
  ownForget: string;
  ownForgetLabel: (address: string) => string;
  // a stored list this version cannot write
  storeProblem: StoreProblemWords;
  backupKept: (date: string) => string;
  backupExport: string;
  backupDelete: string;
  clearLockedConfirm: string;
  clearBlocked: string;
  // data
  dataTitle: string;
  dataCount: (count: number) => string;
  exportJson: string;
  exportCsv: string;
  exportHelp: string;
  importLabel: string;
  importHelp: string;
  importDone: (outcome: ImportOutcome) => string;
  importRefused: string;
  importProblem: (problem: ImportProblem) => string;
  clearAll: string;
  clearConfirm: (count: number) => string;
  clearYes: string;
  clearNo: string;
  cleared: (count: number) => string;
  // privacy
  privacyTitle: string;
  privacy: readonly string[];
  // CSV
  csvHeader: Readonly<Record<CsvColumn, string>>;
  csvState: Readonly<Record<TrackerState, string>>;
}

export const optionsStrings: Readonly<Record<Lang, OptionsStrings>> = {
  ja: {
    title: '不達ナビ 設定',
    loading: '読み込んでいます…',
    saved: '保存しました',
    failed: '操作できませんでした。もう一度お試しください。',
    settingsTitle: '判定と表示',
    thresholdLabel: '一時的なエラーが何回続いたら「届かない」と判定するか',
    thresholdHelp: (threshold) =>
      `メールボックスの容量不足など、一時的なエラー（ソフトバウンス）が同じ宛先で${threshold}回続くと、その宛先を「届かない」として扱います。1〜20回で選べます。`,
    languageLabel: '表示する言語',
    guardTitle: '送信前のチェック',
    guardHelp:
      'Gmail や Outlook でメールを書いているあいだ、宛先をこのパソコンの中で確かめます。前に届かなかった宛先、打ち間違いらしいアドレス（gmai.com など）、送れない形のアドレスに注意を出します。どこにも送信しません。',
    guardEnabled: 'メールを書くとき宛先を確かめる',
    guardConfirmSend: '注意の出ている宛先が残っていたら、送信の前に確認する',
    guardSoftWarns: '一時的なエラー（ソフトバウンス）が続いている宛先にも注意を出す',
    languages: { auto: '自動（ブラウザの言語に合わせる）', ja: '日本語', en: 'English' },
    manualTitle: 'メールを手動で調べる',
    manualHelp:
      'Gmail や Outlook 以外のメールソフトで受け取ったエラーメールも調べられます。メールソフトの「ソースを表示」などで出る全文を貼り付けるか、.eml ファイルを選んでください。',
    manualPasteLabel: 'メールのソース',
    manualPlaceholder: 'Received: や From: から始まる全文を貼り付けてください',
    manualFileLabel: '.eml ファイルを選ぶ',
    manualDropHint: 'ここに .eml ファイルをドロップすることもできます。',
    manualFileChosen: (name) => `選んだファイル：${name}`,
    manualAnalyse: '調べる',
    manualAnalysing: '調べています…',
    manualEmpty: 'メールのソースを貼り付けるか、ファイルを選んでください。',
    manualRecord: 'この結果を記録する',
    manualRecorded: (count) => `${count}件の宛先を記録しました。`,
    manualNothingToRecord: 'このメールには記録する宛先がありません。',
    mailboxTitle: '過去のエラーメールを読み込む',
    mailboxHelp:
      'Gmail のデータエクスポート（Google Takeout）や Thunderbird の .mbox ファイル、または .eml ファイル（複数可）から、これまでに届かなかった宛先をまとめて記録します。ファイルはこのブラウザの中で少しずつ読むので、数 GB あっても大丈夫です。どこにも送信しません。',
    mailboxChoose: 'ファイルを選ぶ（.mbox / .eml）',
    mailboxReading: (fileName, percent, read) => `${fileName} を読んでいます：${percent}%（${read.toLocaleString('ja-JP')}通）`,
    mailboxCancel: '中止',
    mailboxCancelled: (filesDone) =>
      `中止しました。読んでいる途中だったファイルからは、何も記録していません。${filesDone > 0 ? `それより前の${filesDone}個のファイルは記録済みです。` : ''}`,
    mailboxDone: (t) =>
      `読み込みが終わりました。メール${t.read.toLocaleString('ja-JP')}通のうち、エラーメールは${t.bounces.toLocaleString('ja-JP')}通でした。新しく記録した宛先は${t.added.toLocaleString('ja-JP')}件です。`,
    mailboxSkipped: (t) =>
      [
        t.alreadyCounted > 0 ? `すでに記録済みのエラーメール ${t.alreadyCounted}通（二重には数えません）` : '',
        t.notOurs > 0 ? `ほかの人が送ったメールへのエラーメール ${t.notOurs}通（なりすましの可能性があるため記録しません）` : '',
        t.delayed > 0 ? `配達が遅れているという知らせ ${t.delayed}通（まだ失敗ではないため記録しません）` : '',
        t.otherReports > 0 ? `配達済みの通知・自動応答など ${t.otherReports}通（届かなかった知らせではありません）` : '',
        t.unreadable > 0 ? `読み取れなかったエラーメール ${t.unreadable}通` : '',
        t.tooLarge > 0 ? `大きすぎて読み飛ばしたメール ${t.tooLarge}通（1通 40 MB まで）` : '',
      ].filter(Boolean),
    mailboxFailed: 'ファイルを読み込めませんでした。読んでいる途中だったファイルからは、何も記録していません。',
    manualNotOurs:
      '記録しませんでした。戻ってきた元のメールの差出人が、あなたのアドレスではありません。あなたが送ったメールへの返事ではない、偽の不達メールです。',
    manualStoreLocked: '記録しませんでした。保存されている一覧をこの版では読めないため、書き換えずにそのまま残しています（下の「データ」をご覧ください）。',
    ownTitle: 'あなたのアドレス',
    ownHelp:
      '戻ってきた元のメールの差出人がここにあるアドレスのどれでもないとき、そのエラーメールは、あなたが送ったメールへの返事ではない偽物（または誤配）として、説明だけして記録しません。Gmail・Outlook で開いているアカウントのアドレスは自動で覚えます。',
    ownAliasesLabel: '送信に使うほかのアドレス（1行に1つ。別名や、送信だけに使うアドレスなど）',
    ownIgnored: (count) => `アドレスとして読めない行が${count}行あります。保存するときに除きます。`,
    ownSave: 'アドレスを保存',
    ownSeenTitle: '開いたことのあるアカウント',
    ownSeenNone: 'まだありません。Gmail か Outlook でエラーメールを開くと、ここに加わります。',
    ownForget: '忘れる',
    ownForgetLabel: (address) => `${address} を忘れる`,
    storeProblem: {
      title: '記録を一時停止しています',
      problem: {
        newer:
          '保存されている一覧は、新しい版の不達ナビで書かれたものです。この版では読めないため、書き換えずにそのまま残し、新しい記録・解除・取り込みはしていません。拡張機能を最新の版に更新してください。',
        unreadable:
          '保存されている一覧が壊れていて読み取れません。消さずにそのまま残し、新しい記録・解除・取り込みはしていません。保存されたままの内容を書き出してから、「すべて削除」で新しく始めることもできます。',
      },
      exportRaw: '保存されたままの内容を書き出す',
    },
    backupKept: (date) => `読めなかった一覧の控え（${date}に保存）を残しています。`,
    backupExport: '控えを書き出す',
    backupDelete: '控えを削除',
    clearLockedConfirm: '今の一覧は控えとして残したうえで、空の一覧から始めます。よろしいですか？',
    clearBlocked: '別の控えが残っているため削除できませんでした。先に控えを書き出して削除してください。',
    dataTitle: '記録の書き出し・読み込み・削除',
    dataCount: (count) => `今の記録：${count.toLocaleString('ja-JP')}件`,
    exportJson: 'JSON で書き出す',
    exportCsv: 'CSV で書き出す',
    exportHelp: 'JSON は別のパソコンへの移行やバックアップに、CSV は Excel などで見るのに向いています。',
    importLabel: 'JSON を読み込む',
    importHelp: '不達ナビで書き出した JSON ファイルを読み込み、今の記録に合わせます。同じ宛先は、新しいほうの記録を残します。',
    importDone: (o) => `読み込みました。追加 ${o.added}件、更新 ${o.updated}件、変更なし ${o.unchanged}件${o.pruned > 0 ? `、上限を超えた古い記録 ${o.pruned}件を削除` : ''}。`,
    importRefused: 'このファイルは読み込めませんでした。今の記録はそのまま残っています。',
    importProblem: (p) => {
      switch (p.code) {
        case 'too-large':
          return `ファイルが大きすぎます（${(p.bytes / 1024 / 1024).toFixed(1)} MB）。`;
        case 'not-json':
          return 'JSON として読めませんでした。';
        case 'not-our-format':
          return '不達ナビで書き出したファイルではありません。';
        case 'newer-version':
          return '新しい版の不達ナビで書き出されたファイルです。拡張機能を更新してから読み込んでください。';
        case 'too-many':
          return `宛先が多すぎます（${p.count.toLocaleString('ja-JP')}件。上限は${MAX_TRACKED_RECIPIENTS.toLocaleString('ja-JP')}件です）。`;
        case 'bad-entry':
          return `${p.index + 1}件目の「${p.field}」の値が正しくありません。`;
        case 'duplicate':
          return `${p.address} が2回以上出てきます。`;
      }
    },
    clearAll: 'すべて削除',
    clearConfirm: (count) => `記録した${count.toLocaleString('ja-JP')}件をすべて削除します。元には戻せません。先に書き出しておくと安心です。`,
    clearYes: 'すべて削除する',
    clearNo: 'やめる',
    cleared: (count) => `${count.toLocaleString('ja-JP')}件の記録を削除しました。`,
    privacyTitle: 'プライバシー',
    privacy: [
      'メールの内容・アドレス・記録は、このブラウザの中だけで扱います。外部のサーバーには一切送信しません。',
      'Gmail や Outlook で開いたメールのうち、調べるのはエラーメールらしいものだけです。記録に残すのは宛先・原因・日時・回数で、メールの本文は保存しません。',
    ],
    csvHeader: {
      address: '宛先',
      state: '状態',
      cause: '原因',
      totalBounces: '回数',
      softRun: '連続した一時的エラー',
      firstSeen: '最初のエラー',
      lastSeen: '最後のエラー',
      flaggedAt: '「届かない」と判定した日時',
      lastReason: '理由（Sisimai）',
      lastStatus: 'ステータスコード',
      lastDiagnostic: 'サーバーの応答',
      suggested: '修正候補',
      source: '読み取り元',
    },
    csvState: { hard: '届かない', soft: '一時的', unflagged: '解除済み', ok: '問題なし' },
  },
  en: {
    title: 'Bounce Navi settings',
    loading: 'Loading…',
    saved: 'Saved',
    failed: 'That did not work. Please try again.',
    settingsTitle: 'Rules and display',
    thresholdLabel: 'Temporary errors in a row before an address counts as undeliverable',
    thresholdHelp: (threshold) =>
      `When the same address gives a temporary error (a soft bounce, such as a full mailbox) ${threshold} times in a row, it is treated as undeliverable. Choose from 1 to 20.`,
    languageLabel: 'Language',
    guardTitle: 'Check before sending',
    guardHelp:
      'While you write a mail in Gmail or Outlook, Bounce Navi checks each recipient on this computer: addresses that bounced before, likely typos (gmai.com) and addresses that cannot be sent to. Nothing is sent anywhere.',
    guardEnabled: 'Check the recipients while I write',
    guardConfirmSend: 'Ask before sending while a warned recipient is still there',
    guardSoftWarns: 'Also note addresses with temporary errors (soft bounces)',
    languages: { auto: 'Automatic (follow the browser)', ja: '日本語', en: 'English' },
    manualTitle: 'Check a mail by hand',
    manualHelp:
      'You can check bounce mails from other mail programs too. Paste the full source (from "View source" or similar), or choose an .eml file.',
    manualPasteLabel: 'Mail source',
    manualPlaceholder: 'Paste the full text, starting with Received: or From:',
    manualFileLabel: 'Choose an .eml file',
    manualDropHint: 'You can also drop an .eml file here.',
    manualFileChosen: (name) => `Chosen file: ${name}`,
    manualAnalyse: 'Check',
    manualAnalysing: 'Checking…',
    manualEmpty: 'Paste a mail source or choose a file first.',
    manualRecord: 'Add this result to the list',
    manualRecorded: (count) => `${count} address(es) recorded.`,
    manualNothingToRecord: 'This mail has no address to record.',
    mailboxTitle: 'Import past bounces',
    mailboxHelp:
      'Reads a Gmail export (Google Takeout) or Thunderbird .mbox file, or .eml files (several at once), and records the addresses your mail bounced from. Files are read in this browser, a piece at a time, so several GB are fine. Nothing is sent anywhere.',
    mailboxChoose: 'Choose files (.mbox / .eml)',
    mailboxReading: (fileName, percent, read) => `Reading ${fileName}: ${percent}% (${read.toLocaleString('en-US')} mails)`,
    mailboxCancel: 'Cancel',
    mailboxCancelled: (filesDone) =>
      `Cancelled. Nothing was recorded from the file being read.${filesDone > 0 ? ` The ${filesDone === 1 ? 'file' : `${filesDone} files`} before it ${filesDone === 1 ? 'is' : 'are'} recorded.` : ''}`,
    mailboxDone: (t) =>
      `Done. Of ${t.read.toLocaleString('en-US')} mails, ${t.bounces.toLocaleString('en-US')} were bounces; ${t.added.toLocaleString('en-US')} new ${t.added === 1 ? 'address' : 'addresses'} recorded.`,
    mailboxSkipped: (t) =>
      [
        t.alreadyCounted > 0 ? `${t.alreadyCounted} bounces already recorded (not counted twice)` : '',
        t.notOurs > 0 ? `${t.notOurs} bounces of mail someone else sent (possibly forged; not recorded)` : '',
        t.delayed > 0 ? `${t.delayed} delay warnings (not failures yet; not recorded)` : '',
        t.otherReports > 0 ? `${t.otherReports} delivery notices, auto-replies and the like (not bounces)` : '',
        t.unreadable > 0 ? `${t.unreadable} bounces that could not be read` : '',
        t.tooLarge > 0 ? `${t.tooLarge} mails skipped as too large (over 40 MB each)` : '',
      ].filter(Boolean),
    mailboxFailed: 'The file could not be read. Nothing was recorded from the file being read.',
    manualNotOurs:
      'Nothing was recorded. The original mail that came back was not sent from your address: this is not a reply to a mail you sent, but a forged bounce.',
    manualStoreLocked:
      'Nothing was recorded. This version cannot read the stored list, so it leaves it exactly as it is (see "Data" below).',
    ownTitle: 'Your addresses',
    ownHelp:
      'When the original mail that came back was sent from none of these addresses, the bounce is not a reply to a mail you sent (a forgery, or sent to you by mistake): it is explained but not recorded. The accounts you open in Gmail and Outlook are learned by themselves.',
    ownAliasesLabel: 'Addresses you send from (one per line: aliases, send-only addresses)',
    ownIgnored: (count) => `${count} line(s) are not addresses and will be left out.`,
    ownSave: 'Save addresses',
    ownSeenTitle: 'Accounts seen',
    ownSeenNone: 'None yet. Open a bounce in Gmail or Outlook and its account is added here.',
    ownForget: 'Forget',
    ownForgetLabel: (address) => `Forget ${address}`,
    storeProblem: {
      title: 'Recording is paused',
      problem: {
        newer:
          'The stored list was written by a newer version of Bounce Navi. This version cannot read it, so it leaves it exactly as it is: nothing is recorded, unflagged or imported. Please update the extension.',
        unreadable:
          'The stored list is damaged and cannot be read. It is kept exactly as it is: nothing is recorded, unflagged or imported. You can export it as stored, then start afresh with "Delete all".',
      },
      exportRaw: 'Export the list as stored',
    },
    backupKept: (date) => `A copy of the list that could not be read is kept (saved ${date}).`,
    backupExport: 'Export the copy',
    backupDelete: 'Delete the copy',
    clearLockedConfirm: 'The current list is kept as a copy, and you start from an empty list. Continue?',
    clearBlocked: 'Not deleted: another copy is still kept. Export and delete that copy first.',
    dataTitle: 'Export, import and delete',
    dataCount: (count) => `Recorded now: ${count.toLocaleString('en-US')}`,
    exportJson: 'Export JSON',
    exportCsv: 'Export CSV',
    exportHelp: 'JSON is for backups and moving to another computer; CSV opens in Excel and other spreadsheets.',
    importLabel: 'Import JSON',
    importHelp: 'Reads a JSON file exported by Bounce Navi and merges it with the list. For an address in both, the newer record is kept.',
    importDone: (o) =>
      `Imported: ${o.added} added, ${o.updated} updated, ${o.unchanged} unchanged${o.pruned > 0 ? `, ${o.pruned} old records removed to stay within the limit` : ''}.`,
    importRefused: 'This file could not be imported. Your list is unchanged.',
    importProblem: (p) => {
      switch (p.code) {
        case 'too-large':
          return `The file is too large (${(p.bytes / 1024 / 1024).toFixed(1)} MB).`;
        case 'not-json':
          return 'It is not valid JSON.';
        case 'not-our-format':
          return 'It was not exported by Bounce Navi.';
        case 'newer-version':
          return 'It was exported by a newer Bounce Navi. Please update the extension first.';
        case 'too-many':
          return `It has too many addresses (${p.count.toLocaleString('en-US')}; the limit is ${MAX_TRACKED_RECIPIENTS.toLocaleString('en-US')}).`;
        case 'bad-entry':
          return `Entry ${p.index + 1} has an invalid "${p.field}".`;
        case 'duplicate':
          return `${p.address} appears more than once.`;
      }
    },
    clearAll: 'Delete all',
    clearConfirm: (count) => `This deletes all ${count.toLocaleString('en-US')} records and cannot be undone. You may want to export them first.`,
    clearYes: 'Delete all',
    clearNo: 'Cancel',
    cleared: (count) => `${count.toLocaleString('en-US')} records deleted.`,
    privacyTitle: 'Privacy',
    privacy: [
      'Mail content, addresses and the list stay in this browser. Nothing is sent to any server.',
      'Of the mails you open in Gmail or Outlook, only those that look like bounces are checked. The list keeps the address, cause, dates and counts, never the mail text.',
    ],
    csvHeader: {
      address: 'Address',
      state: 'State',
      cause: 'Cause',
      totalBounces: 'Bounces',
      softRun: 'Temporary errors in a row',
      firstSeen: 'First bounce',
      lastSeen: 'Last bounce',
      flaggedAt: 'Marked undeliverable',
      lastReason: 'Reason (Sisimai)',
      lastStatus: 'Status code',
      lastDiagnostic: 'Server response',
      suggested: 'Suggested correction',
      source: 'Read in',
    },
    csvState: { hard: 'Undeliverable', soft: 'Temporary', unflagged: 'Cleared', ok: 'OK' },
  },
};
