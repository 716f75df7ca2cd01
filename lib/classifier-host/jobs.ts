/**
 * What travels between the classifier's host (the background, or Chrome's offscreen document)
 * and the worker that classifies: one job per mail, one answer per job. No browser API here.
 *
 * Raw mail stays base64 up to the worker, which decodes it: the host's thread only relays, so
 * its timers fire on time whatever the mail costs.
 */
import { REPORT_KINDS, type BounceReport, type RenderedMessage, type UnparsedReport } from '@/lib/bounce/types';

/** The mail to classify, as the classify request carries it (lib/messaging/protocol.ts). */
export type JobInput = { rawBase64: string } | { rendered: RenderedMessage };

export interface ClassifyJob {
  id: number;
  input: JobInput;
}

export interface JobAnswer {
  id: number;
  report: BounceReport;
}

/** Whether a job carries raw bytes or a webmail's rendered text (the report's `input`). */
export function inputKind(input: JobInput): 'raw' | 'text' {
  return 'rawBase64' in input ? 'raw' : 'text';
}

/** The answer when a classification was stopped at its deadline. */
export function stoppedReport(input: JobInput, deadlineMs: number): UnparsedReport {
  return { kind: 'unparsed', cause: 'too-slow', detail: `stopped after ${deadlineMs} ms`, input: inputKind(input) };
}

/** The answer when the worker died or could not start (it never throws on a mail; this is a crash). */
export function failedReport(input: JobInput, why: string): UnparsedReport {
  return { kind: 'unparsed', cause: 'broken-mime', detail: `internal error: the classifier stopped (${why.slice(0, 80)})`, input: inputKind(input) };
}

/** A worker's answer to the job `id`, or undefined for anything else (a stale answer, junk). */
export function answerTo(id: number, data: unknown): BounceReport | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const answer = data as Partial<Record<keyof JobAnswer, unknown>>;
  if (answer.id !== id || typeof answer.report !== 'object' || answer.report === null) return undefined;
  return (REPORT_KINDS as readonly unknown[]).includes((answer.report as { kind?: unknown }).kind) ? (answer.report as BounceReport) : undefined;
}

/** A job as the worker receives it, or undefined. */
export function jobOf(data: unknown): ClassifyJob | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const job = data as Partial<Record<keyof ClassifyJob, unknown>>;
  if (typeof job.id !== 'number' || typeof job.input !== 'object' || job.input === null) return undefined;
  const input = job.input as Record<string, unknown>;
  if (typeof input.rawBase64 === 'string') return { id: job.id, input: { rawBase64: input.rawBase64 } };
  if (typeof input.rendered === 'object' && input.rendered !== null) return { id: job.id, input: { rendered: input.rendered as RenderedMessage } };
  return undefined;
}
