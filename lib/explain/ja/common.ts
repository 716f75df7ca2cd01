import type { CarrierId } from '@/lib/typo/providers';
import { codeLine, formatSize, quoteList } from '../format';
import type { TextFacts } from '../types';

/**
 * Phrases the Japanese texts share: glossed words (a technical word is always followed by
 * what it means), carrier notes and the forwardable administrator message.
 */

export const USER_PART = 'ユーザー名（@より前の部分）';
export const DOMAIN_PART = 'ドメイン（@より後ろの部分）';
export const SERVER = 'メールサーバー（メールを配るコンピューター）';
export const HARD = 'ハードバウンス（直すまで届かないエラー）';
export const SOFT = 'ソフトバウンス（原因が直れば届くエラー）';

export const jaCarrierNames: Record<CarrierId, string> = {
  docomo: 'ドコモ',
  au: 'au',
  softbank: 'ソフトバンク',
  ymobile: 'ワイモバイル',
  uqmobile: 'UQモバイル',
  rakuten: '楽天モバイル',
};

/** 「ドコモ」 or 「携帯電話会社」 when the carrier is not known. */
export function carrierName(facts: TextFacts): string {
  return facts.carrier ? jaCarrierNames[facts.carrier] : '携帯電話会社';
}

/** The seed article's warning: carrier filters can drop mail without any error. */
export function silentDropNote(facts: TextFacts): string {
  return `${carrierName(facts)}のアドレスは、受信拒否の設定によってはエラーを返さずにメールを捨てることがあります。大事な連絡の前に、あなたのアドレスか${DOMAIN_PART}を受信許可に入れてもらうよう、相手に頼んでおくと安心です。`;
}

/** Each carrier's own name for its spoofing filter, as in the 受信設定のお願い (carriers.ts; peers.md §4). */
const spoofSettingNames: Partial<Record<CarrierId, string>> = { au: 'なりすまし規制', softbank: 'なりすまし拒否' };

/** Carriers check the sender's SPF before any allow list (なりすまし規制; anchors.md §4). */
export function spoofFilterNote(facts: TextFacts): string {
  const setting = (facts.carrier ? spoofSettingNames[facts.carrier] : undefined) ?? 'なりすましメール拒否';
  return `${carrierName(facts)}には「${setting}」の設定があり、送信ドメイン認証（送り主が本物かを確かめる仕組み。SPF など）に通らないメールは、受信許可に入れてもらっていても断られることがあります。`;
}

/** "（エラーコード: 550 5.1.1）" or ''. */
export function codesInParens(facts: TextFacts): string {
  const codes = codeLine(facts.replyCode, facts.status);
  return codes ? `（エラーコード: ${codes}）` : '';
}

/** A message the user can copy to an administrator: the request, then the facts they need. */
export function adminMessage(request: string, facts: TextFacts): string {
  const lines = [request];
  if (facts.recipient) lines.push(`宛先: ${facts.recipient}`);
  const codes = codeLine(facts.replyCode, facts.status);
  if (codes) lines.push(`エラーコード: ${codes}`);
  return lines.join('\n');
}

/** 「添付ファイル（合計 約 12 MB）」, 「このメール（約 12 MB）」, or 「このメール」. */
export function sizePhrase(facts: TextFacts): string {
  if (facts.sizeBytes === undefined) return facts.attachmentNames.length > 0 ? '添付ファイル' : 'このメール';
  const size = formatSize(facts.sizeBytes, 'ja');
  return facts.sizeIsAttachments ? `添付ファイル（合計 ${size}）` : `このメール（${size}）`;
}

/** 「見積書.pdf」「図面.zip」ほか2件 — or '' when the names are unknown. */
export function attachmentList(facts: TextFacts): string {
  if (facts.attachmentNames.length === 0) return '';
  const more = facts.moreAttachments > 0 ? `ほか${facts.moreAttachments}件` : '';
  return `${quoteList(facts.attachmentNames, 'ja')}${more}`;
}

/** The seed article's warning: a high bounce rate can get your sending blocked. */
export const BOUNCE_RATE_NOTE =
  '届かないアドレスへの送信を繰り返してエラーの割合が高くなると、あなたのメールの送信そのものが止められることがあります。';
