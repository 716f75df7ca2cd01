import type { Lang } from '@/lib/i18n/lang';
import type { GlossaryEntry } from './types';

/**
 * SMTP reply codes (RFC 5321 §4.2.2–4.2.3) and enhanced status codes (RFC 3463 §3, plus the
 * provider codes named in anchors.md §4: Gmail 5.7.25 and 5.7.26, Exchange Online 5.1.10,
 * 5.4.310, 5.7.509).
 *
 * The glosses stay neutral about permanence. RFC 5321 §4.2.1 calls a 5yz reply a "permanent
 * negative completion": the client must not repeat the same request as it is, which says
 * nothing about the address. A 552 "exceeded storage allocation" (RFC 5321 §4.2.3) comes back
 * for a full mailbox, which Sisimai's rule counts as soft: the gloss beside it must not call it
 * permanent (tests/explain/glossary.test.ts checks every code against both verdicts). So a 4yz
 * is "a temporary answer, retried automatically" and a 5yz "a refusal, not retried
 * automatically": both are facts about the servers, true whatever the verdict.
 */

const TEMPORARY: Record<Lang, string> = { ja: '4xx は一時的な返答。送る側のサーバーがしばらく自動で送り直す', en: '4xx: a temporary answer, retried automatically for a while' };
const REFUSAL: Record<Lang, string> = { ja: '5xx は「断られた」という返答。自動では送り直されない', en: '5xx: a refusal, not retried automatically' };

/** A reply code's meaning with its class in brackets. */
function reply(term: string, ja: string, en: string, replyClass: Record<Lang, string>): GlossaryEntry {
  return { term, meaning: { ja: `${ja}（${replyClass.ja}）`, en: `${en} (${replyClass.en})` } };
}

export const codeTerms: readonly GlossaryEntry[] = [
  reply('421', '相手のサーバーが今は応じられない', 'the server cannot take mail right now', TEMPORARY),
  reply('450', 'メールボックスが今は使えない', 'the mailbox cannot take mail right now', TEMPORARY),
  reply('451', '相手のサーバーで処理中にエラー', 'an error while the server was processing the mail', TEMPORARY),
  reply('452', '相手の保存できる量が足りない、または宛先が多すぎる', 'not enough storage at the server, or too many recipients', TEMPORARY),
  reply('550', '宛先のメールボックスが使えない。存在しない、許可がない、ルールで拒否など', 'the mailbox cannot take the mail: not found, no access, or refused by a rule', REFUSAL),
  reply('551', '宛先はこのサーバーにいない。別のアドレスを案内されることも', 'the user is not on this server; a new address may be given', REFUSAL),
  reply('552', '保存できる量を超えたため中止。メールボックスが満杯か、メールが大きすぎる', 'stopped: storage allocation exceeded, by a full mailbox or a message too large', REFUSAL),
  reply('553', 'アドレスの書き方が正しくない、または使えない', 'the address is malformed or not allowed', REFUSAL),
  reply('554', '受け取りを断られた。理由は続く英文に', 'the transaction failed; the reason follows', REFUSAL),
  { term: '5.0.0', meaning: { ja: '種類の決まっていないエラー（理由は英文に）', en: 'an error of no stated kind (read the text around it)' } },
  { term: '5.1.1', meaning: { ja: '宛先のユーザー（@より前）が存在しない', en: 'the mailbox (the part before the @) does not exist' } },
  { term: '5.1.2', meaning: { ja: '宛先のドメイン（@より後ろ）が存在しない', en: 'the domain (the part after the @) does not exist' } },
  { term: '5.1.3', meaning: { ja: '宛先アドレスの書き方が正しくない', en: 'the recipient address is malformed' } },
  { term: '5.1.6', meaning: { ja: '宛先のアドレスは移転した', en: 'the mailbox has moved' } },
  { term: '5.1.8', meaning: { ja: '送り主（あなた）のアドレスやドメインが受け付けられない', en: "the sender's address or domain is not accepted" } },
  { term: '5.1.10', meaning: { ja: '宛先が見つからない（Microsoft 365。入力候補の古いアドレスに注意）', en: 'recipient not found (Microsoft 365; beware of old Auto-Complete entries)' } },
  { term: '5.2.0', meaning: { ja: '宛先のメールボックスの問題（携帯電話会社では受信拒否のことも）', en: 'a mailbox problem (at Japanese carriers, often a reception filter)' } },
  { term: '5.2.1', meaning: { ja: '宛先のメールボックスが止められている', en: 'the mailbox is disabled' } },
  { term: '5.2.2', meaning: { ja: '宛先のメールボックスが満杯', en: 'the mailbox is full' } },
  { term: '5.2.3', meaning: { ja: 'メールが大きすぎる', en: 'the message is too large' } },
  { term: '5.3.4', meaning: { ja: 'メールが相手のサーバーの上限より大きい', en: "the message is larger than the server's limit" } },
  { term: '5.4.1', meaning: { ja: '相手のサーバーが受け取りを拒否（Microsoft 365 では宛先が存在しないことが多い）', en: 'refused by the receiving server (at Microsoft 365, usually no such recipient)' } },
  { term: '5.4.4', meaning: { ja: '宛先のサーバーへの道筋が見つからない（ドメインの設定の問題）', en: "no route to the destination (a problem with the domain's DNS)" } },
  { term: '5.4.7', meaning: { ja: '配達の期限切れ（送り直しを続けたがあきらめた）', en: 'delivery time expired (retried, then gave up)' } },
  { term: '5.4.310', meaning: { ja: '宛先のドメインが存在しない（Microsoft 365）', en: 'the domain does not exist (Microsoft 365)' } },
  { term: '5.5.0', meaning: { ja: 'サーバー同士のやりとりのエラー', en: 'an error in the conversation between the servers (SMTP)' } },
  { term: '5.6.0', meaning: { ja: 'メールの中身や形式の問題', en: "a problem with the message's content or format" } },
  { term: '5.7.0', meaning: { ja: '安全上の理由で拒否（理由は英文に）', en: 'refused for security reasons (see the text)' } },
  { term: '5.7.1', meaning: { ja: '受け取りを許可されていない（相手の設定・迷惑メール判定・中継拒否など）', en: 'delivery not allowed (recipient settings, spam filter, relaying refused, ...)' } },
  { term: '5.7.25', meaning: { ja: '送り元のサーバーに逆引き（PTRレコード）がない（Gmail）', en: 'the sending server has no reverse DNS (PTR) (Gmail)' } },
  { term: '5.7.26', meaning: { ja: '送信ドメイン認証（SPF・DKIM・DMARC）に失敗（Gmail）', en: 'sender authentication (SPF, DKIM, DMARC) failed (Gmail)' } },
  { term: '5.7.509', meaning: { ja: 'DMARC の確認に失敗（Microsoft 365）', en: 'DMARC check failed (Microsoft 365)' } },
  { term: '4.2.2', meaning: { ja: '宛先のメールボックスが満杯（一時的）', en: 'the mailbox is full (temporary)' } },
  { term: '4.4.1', meaning: { ja: '相手のサーバーから応答がない（一時的）', en: 'no answer from the server (temporary)' } },
  { term: '4.4.7', meaning: { ja: '配達が遅れている、または期限切れ', en: 'delivery delayed or expired' } },
  { term: '4.7.0', meaning: { ja: '安全上の理由で一時的に拒否（送りすぎ・グレーリストなど）', en: 'temporarily refused for security reasons (rate, greylisting, ...)' } },
];
