import type { BounceReport, RenderedMessage } from '@/lib/bounce/types';

/**
 * Messages from content scripts, the popup and the options page to the background.
 * The background is the only place that classifies (postal-mime and the rule tables stay
 * out of the webmail's page) and the only writer of the tracker (one writer, nothing lost).
 *
 * Raw mail travels as base64: runtime messaging serialises to JSON in Chromium,
 * and a Uint8Array would not survive it; a decoded string would lose 8-bit charsets.
 */
export type ClassifyRequest =
  | { type: 'classify'; rawBase64: string }
  | { type: 'classify'; rendered: RenderedMessage };

export interface BackgroundProtocol {
  classify: { request: ClassifyRequest; response: BounceReport };
}

export type BackgroundRequest = BackgroundProtocol[keyof BackgroundProtocol]['request'];
export type ResponseOf<T extends BackgroundRequest['type']> = BackgroundProtocol[T]['response'];
