/**
 * The time budget of one classification (MAX_CLASSIFY_MS), and the classifier's own report of
 * how it used it. The pipeline asks the budget before each costlier step and stops with
 * `too-slow` past it; whatever the outcome, `classifyWithBudget` says what the budget was, how
 * much of it the classification took (parse included) and whether it was exceeded, so callers
 * and tests assert the classifier's verdict instead of timing it themselves.
 *
 * The clock is the caller's: wall time by default (what the user waits for in the service
 * worker); a test passes its process's CPU time, so the load of other processes on the machine
 * is not counted against the classifier.
 */
import { MAX_CLASSIFY_MS } from './limits';

/** Milliseconds from some fixed origin, never going back. */
export type BudgetClock = () => number;

export const wallClock: BudgetClock = () => performance.now();

/** How one classification used its budget. */
export interface BudgetUse {
  /** The budget, in the clock's milliseconds (MAX_CLASSIFY_MS unless the caller set another). */
  readonly limitMs: number;
  /** What the classification took by that clock, from its start to its answer (parsing included). */
  readonly elapsedMs: number;
  /** True when elapsedMs is over limitMs: the answer came late, whether or not it was stopped. */
  readonly exceeded: boolean;
  /** True when the classifier gave up at a check (its report is then `too-slow`). */
  readonly stopped: boolean;
  /** How many times the budget was asked during the classification (one per decoder extract run). */
  readonly checks: number;
}

export interface BudgetOptions {
  readonly clock?: BudgetClock;
  readonly limitMs?: number;
}

/** A running budget: started when classification starts, asked before each costlier step. */
export class Budget {
  readonly limitMs: number;
  private readonly clock: BudgetClock;
  private readonly started: number;
  private checks = 0;
  private stopped = false;

  constructor(options: BudgetOptions = {}) {
    this.clock = options.clock ?? wallClock;
    this.limitMs = options.limitMs ?? MAX_CLASSIFY_MS;
    this.started = this.clock();
  }

  /** True when the budget is spent; the caller then stops with `too-slow`. */
  spent(): boolean {
    this.checks += 1;
    const over = this.clock() - this.started > this.limitMs;
    if (over) this.stopped = true;
    return over;
  }

  /** The use so far, as reported with the answer. */
  use(): BudgetUse {
    const elapsedMs = this.clock() - this.started;
    return { limitMs: this.limitMs, elapsedMs, exceeded: elapsedMs > this.limitMs, stopped: this.stopped, checks: this.checks };
  }
}
