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

/** Where a bounce was read. */
export type BounceSource = 'gmail' | 'outlook' | 'manual';

/**
 * Records a classified bounce in the tracker. `messageKey` identifies the bounce mail, so
 * the same bounce opened twice counts once. Only kind 'bounce' reports change the tracker.
 */
export interface RecordBounceRequest {
  type: 'record-bounce';
  messageKey: string;
  source: BounceSource;
  report: BounceReport;
}

/** The tracker's view of each recipient after recording, for the sidebar's history line. */
export interface RecipientHistory {
  address: string;
  state: 'ok' | 'soft' | 'hard' | 'unflagged';
  totalBounces: number;
  /** The current run of consecutive soft bounces. */
  softRun: number;
}

export interface BackgroundProtocol {
  classify: { request: ClassifyRequest; response: BounceReport };
  // The tracker issue adds: 'record-bounce': { request: RecordBounceRequest; response: RecipientHistory[] };
}

export type BackgroundRequest = BackgroundProtocol[keyof BackgroundProtocol]['request'];
export type ResponseOf<T extends BackgroundRequest['type']> = BackgroundProtocol[T]['response'];
