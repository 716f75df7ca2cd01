/**
 * Fakes for the classifier host: a clock whose timers fire only when the test moves it on, and
 * workers that answer only when the test says so (or at once, running the real worker code).
 */
import type { BounceReport } from '@/lib/bounce/types';
import type { ClassifyJob } from '@/lib/classifier-host/jobs';
import type { ClassifierWorker, Timers } from '@/lib/classifier-host/pool';
import { serveClassifications, type WorkerScope } from '@/lib/classifier-host/worker';

export class FakeClock implements Timers {
  now = 0;
  private timers = new Map<number, { at: number; callback: () => void }>();
  private nextHandle = 0;

  setTimeout(callback: () => void, ms: number): unknown {
    const handle = ++this.nextHandle;
    this.timers.set(handle, { at: this.now + ms, callback });
    return handle;
  }

  clearTimeout(handle: unknown): void {
    this.timers.delete(handle as number);
  }

  /** Timers still waiting. */
  get pending(): number {
    return this.timers.size;
  }

  /** Moves time on by `ms`, firing every timer due, in order. */
  advance(ms: number): void {
    const until = this.now + ms;
    for (;;) {
      const due = [...this.timers.entries()].filter(([, t]) => t.at <= until).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      this.timers.delete(due[0]);
      this.now = due[1].at;
      due[1].callback();
    }
    this.now = until;
  }
}

/** A worker that holds every job until the test answers it; records what happened to it. */
export class HeldWorker implements ClassifierWorker {
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: ((event: { message?: string; preventDefault?: () => void }) => void) | null = null;
  jobs: ClassifyJob[] = [];
  terminated = false;

  postMessage(job: ClassifyJob): void {
    if (this.terminated) throw new Error('posted to a terminated worker');
    this.jobs.push(job);
  }

  terminate(): void {
    this.terminated = true;
  }

  /** Answers the last job posted with `report` (as a real worker would, after the fact). */
  answer(report: BounceReport, id = this.jobs.at(-1)?.id): void {
    if (this.terminated) return;
    this.onmessage?.({ data: { id, report } });
  }

  /** The worker dies (out of memory, its script did not load). */
  crash(message: string): void {
    this.onerror?.({ message });
  }
}

/** A worker running the real worker code (lib/classifier-host/worker.ts) in this thread. */
export class InlineWorker implements ClassifierWorker {
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: ((event: { message?: string; preventDefault?: () => void }) => void) | null = null;
  terminated = false;
  private scope: WorkerScope;

  constructor() {
    const scope: WorkerScope = {
      onmessage: null,
      postMessage: (answer) => {
        if (!this.terminated) this.onmessage?.({ data: structuredClone(answer) });
      },
    };
    void serveClassifications(scope, { warmUp: false });
    this.scope = scope;
  }

  postMessage(job: ClassifyJob): void {
    this.scope.onmessage?.({ data: structuredClone(job) });
  }

  terminate(): void {
    this.terminated = true;
  }
}

export const delivered = (input: 'raw' | 'text' = 'raw'): BounceReport => ({ kind: 'not-bounce', notice: { subject: 'hello', from: '', date: '', messageId: '' }, input });
