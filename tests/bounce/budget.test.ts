/**
 * The classifier's report of its time budget (lib/bounce/budget.ts): what the hostile-input
 * tests assert instead of timing the classifier. Clocks are made up here, so each verdict is
 * certain whatever the machine's load.
 */
import { describe, expect, it } from 'vitest';
import { classifyWithBudget, type BudgetClock } from '@/lib/bounce';
import { MAX_CLASSIFY_MS, MAX_INPUT_BYTES } from '@/lib/bounce/limits';
import { readFixture } from './harness';

/** A clock that moves `step` ms each time it is read. */
function steppingClock(step: number): BudgetClock & { reads: () => number } {
  let now = 0;
  let reads = 0;
  const clock = (): number => {
    reads += 1;
    return (now += step);
  };
  return Object.assign(clock, { reads: () => reads });
}

describe('classifyWithBudget', () => {
  it('reports the budget, the time taken and the checks of an ordinary bounce', async () => {
    const { report, budget } = await classifyWithBudget(readFixture('postfix', '01-user-unknown'));
    expect(report.kind).toBe('bounce');
    expect(budget).toMatchObject({ limitMs: MAX_CLASSIFY_MS, exceeded: false, stopped: false });
    expect(budget.elapsedMs).toBeGreaterThanOrEqual(0);
    expect(budget.checks).toBeGreaterThanOrEqual(1);
  });

  it('measures with the caller\'s clock, from the start to the answer', async () => {
    const clock = steppingClock(1);
    const { budget } = await classifyWithBudget(readFixture('postfix', '01-user-unknown'), { clock });
    // Read once at the start, once per check, once for the answer.
    expect(clock.reads()).toBe(budget.checks + 2);
    expect(budget.elapsedMs).toBe(budget.checks + 1);
  });

  it('stops with too-slow past the budget, and says so', async () => {
    const { report, budget } = await classifyWithBudget(readFixture('postfix', '01-user-unknown'), { clock: steppingClock(MAX_CLASSIFY_MS + 1) });
    expect(report).toMatchObject({ kind: 'unparsed', cause: 'too-slow', detail: `over ${MAX_CLASSIFY_MS} ms` });
    expect(budget).toMatchObject({ exceeded: true, stopped: true, checks: 1 });
  });

  it('reports a late answer that no check stopped (the parse or a refusal took the time)', async () => {
    const { report, budget } = await classifyWithBudget(new Uint8Array(MAX_INPUT_BYTES + 1), { clock: steppingClock(MAX_CLASSIFY_MS + 1) });
    expect(report).toMatchObject({ kind: 'unparsed', cause: 'too-large' });
    expect(budget).toMatchObject({ exceeded: true, stopped: false, checks: 0, elapsedMs: MAX_CLASSIFY_MS + 1 });
  });

  it('takes another limit', async () => {
    const { report, budget } = await classifyWithBudget(readFixture('postfix', '01-user-unknown'), { clock: steppingClock(10), limitMs: 5 });
    expect(report).toMatchObject({ kind: 'unparsed', cause: 'too-slow', detail: 'over 5 ms' });
    expect(budget).toMatchObject({ limitMs: 5, exceeded: true, stopped: true });
  });
});
