/**
 * This test process's CPU time, in milliseconds: the clock the tests measure the classifier's
 * budget with (lib/bounce/budget.ts), and time-bounded helpers with. Unlike the wall clock it
 * does not count the time other processes hold the machine's cores (two cores, shared by the
 * other engineers' builds), so a bound on it fails on a slow algorithm, not on a busy machine.
 * Vitest runs each test file in its own process (the `forks` pool), so the process is the test.
 */
export const cpuClock = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** The CPU milliseconds `work` took. */
export function cpuMs(work: () => unknown): number {
  const started = cpuClock();
  work();
  return cpuClock() - started;
}
