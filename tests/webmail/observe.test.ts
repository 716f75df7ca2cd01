// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { observeMutations } from '@/lib/webmail/observe';

const tick = (ms = 10) => new Promise((resolve) => setTimeout(resolve, ms));

describe('observeMutations', () => {
  afterEach(() => vi.restoreAllMocks());

  it('shares one MutationObserver per node; each watcher keeps its own filter, timer and end', async () => {
    const Real = globalThis.MutationObserver;
    let created = 0;
    vi.spyOn(globalThis, 'MutationObserver').mockImplementation(function (callback: MutationCallback) {
      created += 1;
      return new Real(callback);
    });
    const target = document.createElement('div');
    document.body.append(target);
    const a = new AbortController();
    const b = new AbortController();
    let seenA = 0;
    let seenB = 0;
    observeMutations(target, () => (seenA += 1), { signal: a.signal, delayMs: 1 });
    // B ignores <span> additions.
    observeMutations(target, () => (seenB += 1), { signal: b.signal, delayMs: 1, ignore: (r) => [...r.addedNodes].every((n) => n.nodeName === 'SPAN') });
    expect(created).toBe(1);
    target.append(document.createElement('span'));
    await tick();
    expect([seenA, seenB]).toEqual([1, 0]);
    target.append(document.createElement('p'));
    await tick();
    expect([seenA, seenB]).toEqual([2, 1]);
    a.abort();
    target.append(document.createElement('p'));
    await tick();
    expect([seenA, seenB]).toEqual([2, 2]);
    b.abort();
    target.append(document.createElement('p'));
    await tick();
    expect([seenA, seenB]).toEqual([2, 2]);
    // A new watcher after all ended gets a new observer.
    const c = new AbortController();
    let seenC = 0;
    observeMutations(target, () => (seenC += 1), { signal: c.signal, delayMs: 1 });
    expect(created).toBe(2);
    target.append(document.createElement('p'));
    await tick();
    expect(seenC).toBe(1);
    c.abort();
  });
});
