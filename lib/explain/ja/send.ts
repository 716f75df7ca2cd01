import type { GlanceWords } from '../send';

/** The sidebar's whole-send glance, in Japanese (lib/explain/send.ts). */
export const jaGlanceWords: GlanceWords = {
  headline: (failed, sentTo) => `${sentTo}人中${failed}人に届きませんでした`,
  failedLine: (listed, more) =>
    `届かなかった宛先: ${listed.map((f) => `${f.address}${f.earlier ? '（前のエラーメール）' : ''}`).join('、')}${more > 0 ? ` ほか${more}人` : ''}`,
  othersLine: (others) =>
    others > 0 ? `ほかの${others}人からは、今のところエラーは返ってきていません。` : '送った全員に届きませんでした。',
  caveat: (carriers) =>
    `エラーが返ってこないことは、届いた証明ではありません。${
      carriers > 0 ? `ほかの宛先のうち${carriers}人は携帯電話会社のアドレスです。` : ''
    }携帯電話会社のアドレスは、受信拒否の設定によってはエラーを返さずにメールを捨てます（ツールバーの不達ナビのボタン →「エラーが返ってこないのに届かないときは」）。Bcc の宛先は数えていません。`,
};
