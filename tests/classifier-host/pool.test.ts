/**
 * The worker pool's timeout logic (lib/classifier-host/pool.ts), with a fake clock and workers
 * that answer when the test says: a mail past its deadline is answered `too-slow` and its worker
 * terminated, another mail is answered meanwhile, the next mail gets a fresh worker, one stays warm.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { BounceReport } from '@/lib/bounce/types';
import { CLASSIFY_DEADLINE_MS, MAX_CLASSIFY_MS, MAX_CLASSIFY_WORKERS } from '@/lib/bounce/limits';
import { bytesToBase64 } from '@/lib/messaging/base64';
import { createClassifierPool } from '@/lib/classifier-host/pool';
import { delivered, FakeClock, HeldWorker, InlineWorker } from './fakes';

function heldPool(options: { maxWorkers?: number; deadlineMs?: number } = {}) {
  const clock = new FakeClock();
  const workers: HeldWorker[] = [];
  const pool = createClassifierPool({
    spawn: () => {
      const worker = new HeldWorker();
      workers.push(worker);
      return worker;
    },
    timers: clock,
    ...options,
  });
  return { clock, workers, pool };
}

/** Records the order in which answers arrive. */
function answers() {
  const order: string[] = [];
  const settled: Record<string, BounceReport> = {};
  const track = (name: string, promise: Promise<BounceReport>): void => {
    void promise.then((report) => {
      order.push(name);
      settled[name] = report;
    });
  };
  return { order, settled, track };
}

const flush = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

const raw = { rawBase64: 'RnJvbTogYUBleGFtcGxlLmNvbQ0KDQpoaQ==' };

describe('classification that can be stopped (issue 11)', () => {
  it('the deadline leaves the classifier its own budget and a second for the work around it', () => {
    expect(CLASSIFY_DEADLINE_MS).toBe(MAX_CLASSIFY_MS + 1_000);
    expect(MAX_CLASSIFY_WORKERS).toBeGreaterThanOrEqual(2);
  });

  it('answers a mail with its worker’s report, and keeps that worker warm for the next one', async () => {
    const { workers, pool } = heldPool();
    const { order, settled, track } = answers();
    track('first', pool.classify(raw));
    expect(workers).toHaveLength(1);
    expect(workers[0]!.jobs[0]!.input).toEqual(raw);
    workers[0]!.answer(delivered());
    await flush();
    expect(order).toEqual(['first']);
    expect(settled.first).toEqual(delivered());
    track('second', pool.classify(raw));
    expect(workers).toHaveLength(1);
    expect(workers[0]!.jobs).toHaveLength(2);
    expect(pool.counts()).toMatchObject({ workers: 1, idle: 0, spawned: 1 });
  });

  it('past the deadline: too-slow, the worker terminated, a fresh one started for the next mail', async () => {
    const { clock, workers, pool } = heldPool({ deadlineMs: 3000 });
    const { order, settled, track } = answers();
    track('slow', pool.classify(raw));
    clock.advance(2999);
    await flush();
    expect(order).toEqual([]);
    expect(workers[0]!.terminated).toBe(false);
    clock.advance(1);
    await flush();
    expect(order).toEqual(['slow']);
    expect(settled.slow).toEqual({ kind: 'unparsed', cause: 'too-slow', detail: 'stopped after 3000 ms', input: 'raw' });
    expect(workers[0]!.terminated).toBe(true);
    // A fresh worker is already warm; a late answer of the stopped one changes nothing.
    expect(workers).toHaveLength(2);
    expect(pool.counts()).toMatchObject({ workers: 1, idle: 1, stopped: 1 });
    workers[0]!.answer(delivered());
    track('next', pool.classify({ rendered: { subject: 's', from: 'f', body: 'b' } }));
    expect(workers[1]!.jobs).toHaveLength(1);
    workers[1]!.answer(delivered('text'));
    await flush();
    expect(order).toEqual(['slow', 'next']);
    expect(settled.next).toEqual(delivered('text'));
    expect(clock.pending).toBe(0);
  });

  it('answers another mail while one is stuck, from a second worker', async () => {
    const { clock, workers, pool } = heldPool({ deadlineMs: 3000 });
    const { order, settled, track } = answers();
    track('hostile', pool.classify(raw));
    clock.advance(1000);
    track('ordinary', pool.classify(raw));
    expect(workers).toHaveLength(2);
    workers[1]!.answer(delivered());
    await flush();
    expect(order).toEqual(['ordinary']);
    clock.advance(2000);
    await flush();
    expect(order).toEqual(['ordinary', 'hostile']);
    expect(settled.hostile).toMatchObject({ kind: 'unparsed', cause: 'too-slow' });
    expect(settled.ordinary).toEqual(delivered());
  });

  it('past maxWorkers a mail waits its turn; its deadline starts when a worker takes it', async () => {
    const { clock, workers, pool } = heldPool({ deadlineMs: 3000, maxWorkers: 2 });
    const { order, track } = answers();
    track('a', pool.classify(raw));
    track('b', pool.classify(raw));
    clock.advance(500);
    track('c', pool.classify(raw));
    expect(workers).toHaveLength(2);
    expect(pool.counts().queued).toBe(1);
    // a and b stop at 3000 ms; c goes to a fresh worker then and gets its own 3000 ms.
    clock.advance(2500);
    await flush();
    expect(order).toEqual(['a', 'b']);
    expect(workers).toHaveLength(3);
    expect(workers[2]!.jobs).toHaveLength(1);
    clock.advance(2999);
    await flush();
    expect(order).toEqual(['a', 'b']);
    workers[2]!.answer(delivered());
    await flush();
    expect(order).toEqual(['a', 'b', 'c']);
  });

  it('keeps one idle worker, not more, once the rush is over', async () => {
    const { workers, pool } = heldPool();
    const pending = [pool.classify(raw), pool.classify(raw), pool.classify(raw)];
    expect(workers).toHaveLength(3);
    for (const worker of workers) worker.answer(delivered());
    await Promise.all(pending);
    expect(pool.counts()).toMatchObject({ workers: 1, idle: 1 });
    expect(workers.filter((w) => w.terminated)).toHaveLength(2);
  });

  it('a worker that dies answers its mail as not read, and is replaced', async () => {
    const { workers, pool } = heldPool();
    const report = pool.classify(raw);
    workers[0]!.crash('out of memory');
    expect(await report).toMatchObject({ kind: 'unparsed', cause: 'broken-mime', input: 'raw' });
    expect(workers[0]!.terminated).toBe(true);
    expect(workers).toHaveLength(2);
    expect(pool.counts()).toMatchObject({ workers: 1, idle: 1 });
  });

  it('a worker whose script cannot load is not restarted in a loop', () => {
    const { workers, pool } = heldPool();
    pool.warm();
    workers[0]!.crash('script not found');
    expect(workers).toHaveLength(1);
    expect(pool.counts().workers).toBe(0);
  });

  it('answers at once when no worker can be started', async () => {
    const pool = createClassifierPool({
      spawn: () => {
        throw new Error('Worker is not defined');
      },
    });
    expect(await pool.classify(raw)).toMatchObject({ kind: 'unparsed', cause: 'broken-mime' });
  });

  it('ignores answers to other jobs and junk', async () => {
    const { workers, pool } = heldPool();
    const { order, track } = answers();
    track('one', pool.classify(raw));
    workers[0]!.answer(delivered(), 999);
    workers[0]!.onmessage?.({ data: { id: workers[0]!.jobs[0]!.id, report: { kind: 'nonsense' } } });
    workers[0]!.onmessage?.({ data: 'junk' });
    await flush();
    expect(order).toEqual([]);
    workers[0]!.answer(delivered());
    await flush();
    expect(order).toEqual(['one']);
  });

  it('a deadline given per mail replaces the default', async () => {
    const { clock, pool } = heldPool({ deadlineMs: 3000 });
    const { settled, track } = answers();
    track('short', pool.classify(raw, 100));
    clock.advance(100);
    await flush();
    expect(settled.short).toMatchObject({ cause: 'too-slow', detail: 'stopped after 100 ms' });
  });

  it('close ends every worker and answers what was running or waiting', async () => {
    const { workers, pool } = heldPool({ maxWorkers: 1 });
    const running = pool.classify(raw);
    const waiting = pool.classify(raw);
    pool.close();
    expect(await running).toMatchObject({ cause: 'too-slow' });
    expect(await waiting).toMatchObject({ cause: 'too-slow' });
    expect(workers.every((w) => w.terminated)).toBe(true);
  });

  it('runs the real worker code: a raw bounce and a rendered one come back classified', async () => {
    const pool = createClassifierPool({ spawn: () => new InlineWorker() });
    const bytes = fs.readFileSync('tests/fixtures/eml/gmail/01-address-not-found.eml');
    const report = await pool.classify({ rawBase64: bytesToBase64(bytes) });
    expect(report.kind).toBe('bounce');
    expect(report.kind === 'bounce' && report.recipients.map((r) => r.recipient)).toEqual(['suzuki.ichiro@exmaple.co.jp']);
    const text = await pool.classify({ rendered: { subject: 'Hello', from: 'friend@example.com', body: 'See you tomorrow.' } });
    expect(text).toMatchObject({ kind: 'not-bounce', input: 'text' });
    pool.close();
  });
});
