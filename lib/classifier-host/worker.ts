/**
 * The classifier's side of a worker (entrypoints/classifier-worker.ts runs it): one job in, one
 * report out. The worker has no extension API; its only way out is the answer it posts, and
 * the host may end it at any moment (pool.ts).
 */
import { classifyBounce } from '@/lib/bounce';
import { base64ToBytes } from '@/lib/messaging/base64';
import { failedReport, jobOf, type ClassifyJob, type JobAnswer } from './jobs';
import { WARM_UP_BOUNCE } from './warm-up';

/** The part of a DedicatedWorkerGlobalScope used here. */
export interface WorkerScope {
  onmessage: ((event: { data: unknown }) => void) | null;
  postMessage(answer: JobAnswer): void;
}

async function answer(job: ClassifyJob): Promise<JobAnswer> {
  const { input } = job;
  const report = 'rawBase64' in input ? await classifyBounce(base64ToBytes(input.rawBase64)) : await classifyBounce(input.rendered);
  return { id: job.id, report };
}

/**
 * Answers every job posted to `scope`, in order of arrival (the pool posts one at a time).
 * First it classifies WARM_UP_BOUNCE once (warm-up.ts), unless `warmUp` is false; a job
 * posted meanwhile may wait for it (a few tens of ms, inside the pool's deadline).
 */
export function serveClassifications(scope: WorkerScope, options: { warmUp?: boolean } = {}): Promise<void> {
  scope.onmessage = (event) => {
    const job = jobOf(event.data);
    if (!job) return;
    // classifyBounce never throws; a failing decode of the base64 is a bug of the host.
    answer(job).then(
      (reply) => scope.postMessage(reply),
      (error: unknown) => scope.postMessage({ id: job.id, report: failedReport(job.input, String(error)) }),
    );
  };
  if (options.warmUp === false) return Promise.resolve();
  return classifyBounce(new TextEncoder().encode(WARM_UP_BOUNCE)).then(
    () => undefined,
    () => undefined,
  );
}
