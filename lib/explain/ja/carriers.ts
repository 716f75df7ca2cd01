import type { CarrierId } from '@/lib/typo/providers';

/**
 * 「受信設定のお願い」: a polite request the user can send by SMS or LINE to a recipient whose
 * carrier filter refuses or silently drops their mail, naming the setting on that carrier's own
 * screens and the user's domain to allow. Sources (peers.md §4): docomo 受信拒否「強」rejects
 * mail from PCs, 「弱」 still rejects なりすまし, addresses and domains go in the 受信リスト
 * (nttdocomo.co.jp spam_mail/measure/domain); au's 受信リスト is checked before なりすまし規制
 * only with 「なりすまし・転送メール許可」 ticked (au quoted by vanityjam.net, algorhythnn.jp);
 * SoftBank checks なりすまし拒否 before its 受信許可リスト, and its 救済リスト exists for
 * なりすまし only (softbank.jp antispoof-rescue). Written in Japanese in both UI languages: it
 * goes to the recipient, a Japanese carrier user.
 */
export type RequestCarrier = Extract<CarrierId, 'docomo' | 'au' | 'softbank'>;

export const REQUEST_CARRIERS: readonly RequestCarrier[] = ['docomo', 'au', 'softbank'];

export function isRequestCarrier(carrier: CarrierId | undefined): carrier is RequestCarrier {
  return carrier === 'docomo' || carrier === 'au' || carrier === 'softbank';
}

/** The domain as the recipient types it into the list: "@example.co.jp"; a placeholder when unknown. */
function allowEntry(ownDomain: string): string {
  return ownDomain ? `@${ownDomain}` : '私のメールアドレスの@から後ろ';
}

const steps: Record<RequestCarrier, (entry: string) => string[]> = {
  docomo: (entry) => [
    'ドコモの「迷惑メール対策」の設定画面（My docomo のメール設定）を開いてください。',
    `「受信リスト設定」に「${entry}」を登録してください。`,
    '受信拒否を「強」にしていると、パソコンからのメールは受信リストに登録したものしか届きません。「弱」でも、なりすましと判断されたメールは届かないことがあります。',
  ],
  au: (entry) => [
    'au の「迷惑メールフィルター」の設定画面を開いてください。',
    `「受信リスト」に「${entry}」を登録し、「なりすまし・転送メール許可」にもチェックを入れてください。`,
    'このチェックがないと、「なりすまし規制」の設定によっては、受信リストに登録しても届きません。',
  ],
  softbank: (entry) => [
    'ソフトバンクの「迷惑メール対策」の設定画面（My SoftBank）を開いてください。',
    `「受信許可リスト」に「${entry}」を登録してください。`,
    `「なりすまし拒否」は受信許可リストより先に判定されます。それでも届かないときは、「なりすまし拒否」の救済リストにも「${entry}」を登録してください。`,
  ],
};

const carrierNames: Record<RequestCarrier, string> = { docomo: 'ドコモ', au: 'au', softbank: 'ソフトバンク' };

/** The whole request, ready to paste into an SMS or LINE message. */
export function receptionRequest(carrier: RequestCarrier, ownDomain: string): string {
  const entry = allowEntry(ownDomain);
  return [
    '【受信設定のお願い】',
    'お世話になっております。',
    `私からお送りしたメールが、${carrierNames[carrier]}の迷惑メール対策の設定で届いていないようです。お手数ですが、次の設定をお願いできますでしょうか。`,
    ...steps[carrier](entry).map((step, i) => `${i + 1}. ${step}`),
    '設定が終わりましたら、ひとことお知らせいただけると助かります。よろしくお願いいたします。',
  ].join('\n');
}
