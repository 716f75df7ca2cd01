/**
 * Classification that can be stopped (issue 11). Each mail is classified in a worker thread;
 * the host only posts the job and starts a timer. When the timer fires first, the worker is
 * terminated — whatever it was doing, a pattern or postal-mime — and the answer is `unparsed` /
 * `too-slow`. The host's own thread is never held by a mail, so the badge, the popup and other
 * tabs are answered meanwhile.
 *
 * - One worker is kept warm (its bundle loaded) for the next mail; a stopped or crashed worker
 *   is replaced by a fresh one.
 * - While one worker is busy, another mail gets another worker, up to `maxWorkers`; past that,
 *   mails wait their turn (each running one ends by its deadline, so the wait is bounded too).
 *   The deadline starts when the job reaches its worker, not while it waits.
 *
 * No browser API: the worker factory and the timers are given, so this is tested in node with
 * fakes (tests/classifier-host/pool.test.ts).
 */
import type { BounceReport } from '@/lib/bounce/types';
import { CLASSIFY_DEADLINE_MS, MAX_CLASSIFY_WORKERS } from '@/lib/bounce/limits';
import { answerTo, failedReport, stoppedReport, type ClassifyJob, type JobInput } from './jobs';

/** The part of a Worker the pool uses (a DOM Worker fits). */
export interface ClassifierWorker {
  postMessage(job: ClassifyJob): void;
  terminate(): void;
  onmessage: ((event: { data: unknown }) => void) | null;
  onerror: ((event: { message?: string; preventDefault?: () => void }) => void) | null;
}

export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface PoolOptions {
  /** Starts a worker running lib/classifier-host/worker.ts. May throw (no worker available). */
  spawn: () => ClassifierWorker;
  /** The deadline of one classification, in ms (default CLASSIFY_DEADLINE_MS). */
  deadlineMs?: number;
  /** Most workers at once (default MAX_CLASSIFY_WORKERS). */
  maxWorkers?: number;
  timers?: Timers;
}

/** What the pool did so far: for tests and the benchmark, never for decisions. */
export interface PoolCounts {
  /** Workers alive now. */
  workers: number;
  /** Of those, waiting for a job. */
  idle: number;
  /** Jobs waiting for a worker. */
  queued: number;
  /** Workers started since the pool was made. */
  spawned: number;
  /** Jobs stopped at their deadline. */
  stopped: number;
}

export interface ClassifierPool {
  /** Classifies one mail; answers within the deadline once a worker takes it. Never rejects. */
  classify(input: JobInput, deadlineMs?: number): Promise<BounceReport>;
  /** Starts the warm worker now, so the first mail does not wait for the bundle to load. */
  warm(): void;
  counts(): PoolCounts;
  /** Ends every worker; jobs still running or waiting are answered as stopped. */
  close(): void;
}

interface Pending {
  input: JobInput;
  deadlineMs: number;
  resolve: (report: BounceReport) => void;
}

interface Running extends Pending {
  id: number;
  timer: unknown;
}

interface Slot {
  worker: ClassifierWorker;
  job?: Running;
}

/** How many idle workers are kept for the next mail. */
const WARM_WORKERS = 1;

const defaultTimers: Timers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export function createClassifierPool(options: PoolOptions): ClassifierPool {
  const { spawn, timers = defaultTimers } = options;
  const defaultDeadline = options.deadlineMs ?? CLASSIFY_DEADLINE_MS;
  const maxWorkers = Math.max(1, options.maxWorkers ?? MAX_CLASSIFY_WORKERS);
  const slots: Slot[] = [];
  const queue: Pending[] = [];
  let nextId = 0;
  let spawned = 0;
  let stopped = 0;
  // An idle worker that failed (its script did not load) is not replaced until a job succeeds:
  // no loop of workers that die at once.
  let warmBroken = false;

  const idleSlots = (): Slot[] => slots.filter((slot) => !slot.job);

  function discard(slot: Slot): void {
    const at = slots.indexOf(slot);
    if (at >= 0) slots.splice(at, 1);
    slot.worker.onmessage = null;
    slot.worker.onerror = null;
    try {
      slot.worker.terminate();
    } catch {
      // Already gone.
    }
  }

  /** Ends the slot's job with `report` and frees the slot. */
  function settle(slot: Slot, report: BounceReport): void {
    const job = slot.job;
    if (!job) return;
    slot.job = undefined;
    timers.clearTimeout(job.timer);
    job.resolve(report);
  }

  function addSlot(): Slot | undefined {
    let worker: ClassifierWorker;
    try {
      worker = spawn();
    } catch {
      return undefined;
    }
    spawned += 1;
    const slot: Slot = { worker };
    worker.onmessage = (event) => {
      const job = slot.job;
      const report = job ? answerTo(job.id, event.data) : undefined;
      if (!report) return;
      warmBroken = false;
      settle(slot, report);
      dispatch();
    };
    worker.onerror = (event) => {
      // The worker's script failed to load, or the worker died (out of memory): it is not reused.
      event.preventDefault?.();
      const job = slot.job;
      discard(slot);
      if (job) {
        timers.clearTimeout(job.timer);
        job.resolve(failedReport(job.input, event.message ?? 'worker error'));
      } else {
        warmBroken = true;
      }
      dispatch();
    };
    slots.push(slot);
    return slot;
  }

  function start(slot: Slot, pending: Pending): void {
    const id = ++nextId;
    const timer = timers.setTimeout(() => {
      if (slot.job?.id !== id) return;
      // The only way to stop a pattern or postal-mime in mid-run: end the thread it runs on.
      const job = slot.job;
      discard(slot);
      stopped += 1;
      job.resolve(stoppedReport(job.input, job.deadlineMs));
      dispatch();
    }, pending.deadlineMs);
    slot.job = { ...pending, id, timer };
    try {
      slot.worker.postMessage({ id, input: pending.input });
    } catch (error) {
      discard(slot);
      timers.clearTimeout(timer);
      pending.resolve(failedReport(pending.input, error instanceof Error ? error.message : String(error)));
    }
  }

  /** Gives waiting jobs to free or new workers, keeps one warm and ends the surplus idle ones. */
  function dispatch(): void {
    while (queue.length > 0) {
      const slot = idleSlots()[0] ?? (slots.length < maxWorkers ? addSlot() : undefined);
      if (!slot) break;
      start(slot, queue.shift() as Pending);
    }
    const idle = idleSlots();
    for (const extra of idle.slice(WARM_WORKERS)) discard(extra);
    // No spare is started beside a busy worker: a second mail at once is rare, and a spare per
    // mail would load the bundle once more for every mail.
    if (!warmBroken && queue.length === 0 && slots.length < WARM_WORKERS) addSlot();
  }

  return {
    classify(input, deadlineMs = defaultDeadline) {
      return new Promise<BounceReport>((resolve) => {
        queue.push({ input, deadlineMs, resolve });
        dispatch();
        // No worker could be started at all (none running, spawn failing): answer now.
        if (slots.length === 0 && queue.length > 0) {
          for (const pending of queue.splice(0)) pending.resolve(failedReport(pending.input, 'no worker could be started'));
        }
      });
    },
    warm() {
      dispatch();
    },
    counts: () => ({ workers: slots.length, idle: idleSlots().length, queued: queue.length, spawned, stopped }),
    close() {
      for (const pending of queue.splice(0)) pending.resolve(stoppedReport(pending.input, 0));
      for (const slot of [...slots]) {
        const job = slot.job;
        discard(slot);
        if (job) {
          timers.clearTimeout(job.timer);
          job.resolve(stoppedReport(job.input, job.deadlineMs));
        }
      }
    },
  };
}
