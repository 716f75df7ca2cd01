/**
 * The compose guard's words (the warning beside the compose window and the send
 * confirmation), Japanese first: short, polite sentences. What a reason means in a few words
 * comes from lib/explain (reasonLabel).
 */
import type { AddressProblem } from '@/lib/guard/types';
import type { Lang } from '@/lib/i18n/lang';

export interface ComposeText {
  regionLabel: string;
  title: string;
  count: (count: number) => string;
  flagged: (address: string, reason: string, date: string, total: number) => string;
  trackerFix: (suggested: string) => string;
  soft: (address: string, reason: string, run: number, date: string) => string;
  typo: (address: string, suggested: string) => string;
  undeliverable: (address: string) => string;
  problems: Readonly<Record<AddressProblem, string>>;
  replace: (suggested: string) => string;
  copyFix: string;
  copyHow: (address: string) => string;
  copied: string;
  copyFailed: string;
  replaceFailed: string;
  dismiss: string;
  dismissLabel: (address: string) => string;
  confirmTitle: string;
  confirmBody: string;
  confirmSchedule: string;
  back: string;
  sendAnyway: string;
}

export const composeText: Readonly<Record<Lang, ComposeText>> = {
  ja: {
    regionLabel: '不達ナビ：送信前のチェック',
    title: '宛先を確かめてください',
    count: (count) => `注意の出ている宛先：${count}件`,
    flagged: (address, reason, date, total) =>
      `${address} には前にメールが届きませんでした（${reason}、${date}${total > 1 ? `、${total}回` : ''}）。このまま送っても届かない見込みです。`,
    trackerFix: (suggested) => `正しいアドレスは ${suggested} かもしれません。`,
    soft: (address, reason, run, date) => `${address} は一時的なエラーで${run}回続けて届いていません（${reason}、最後は${date}）。`,
    typo: (address, suggested) => `${address} は打ち間違いかもしれません。${suggested} ではありませんか？`,
    undeliverable: (address) => `${address} はこのままでは送れません。`,
    problems: {
      'full-width': '全角の文字が入っています。半角で入力してください。',
      space: 'アドレスの中に空白があります。',
      'domain-dots': '@ より後ろで「.」が続いているか、最後が「.」です。',
      'local-dots': '「..」や「.@」を含むアドレスは、2015年から Gmail などが受け付けていません。相手に別のアドレスを聞いてください。',
    },
    replace: (suggested) => `${suggested} に置き換える`,
    copyFix: '正しいアドレスをコピー',
    copyHow: (address) => `コピーしたら、宛先の ${address} を消して貼り付けてください。`,
    copied: 'コピーしました',
    copyFailed: 'コピーできませんでした',
    replaceFailed: '置き換えられませんでした。コピーして入れ直してください。',
    dismiss: '閉じる',
    dismissLabel: (address) => `${address} の注意を閉じる`,
    confirmTitle: '注意の出ている宛先があります',
    confirmBody: 'このまま送りますか？',
    confirmSchedule: '予約した時刻に、この宛先にも送られます。',
    back: '戻って直す',
    sendAnyway: 'このまま送信',
  },
  en: {
    regionLabel: 'Bounce Navi: check before sending',
    title: 'Please check the recipients',
    count: (count) => `Recipients with a warning: ${count}`,
    flagged: (address, reason, date, total) =>
      `Mail to ${address} bounced before (${reason}, ${date}${total > 1 ? `, ${total} times` : ''}). It will most likely not arrive this time either.`,
    trackerFix: (suggested) => `The right address may be ${suggested}.`,
    soft: (address, reason, run, date) => `Mail to ${address} failed with a temporary error ${run} times in a row (${reason}, last on ${date}).`,
    typo: (address, suggested) => `${address} may be a typo. Did you mean ${suggested}?`,
    undeliverable: (address) => `${address} cannot be sent to as written.`,
    problems: {
      'full-width': 'It contains full-width characters. Please type it in half-width.',
      space: 'There is a space inside the address.',
      'domain-dots': 'After the @, two dots follow each other, or it ends with a dot.',
      'local-dots': 'Since 2015 Gmail and others refuse addresses with ".." or ".@". Please ask the recipient for another address.',
    },
    replace: (suggested) => `Replace with ${suggested}`,
    copyFix: 'Copy the right address',
    copyHow: (address) => `Then delete ${address} from the recipients and paste it.`,
    copied: 'Copied',
    copyFailed: 'Could not copy',
    replaceFailed: 'It could not be replaced. Please copy it and enter it again.',
    dismiss: 'Dismiss',
    dismissLabel: (address) => `Dismiss the warning for ${address}`,
    confirmTitle: 'Some recipients have a warning',
    confirmBody: 'Send anyway?',
    confirmSchedule: 'At the scheduled time it will go to these recipients too.',
    back: 'Go back and fix',
    sendAnyway: 'Send anyway',
  },
};
