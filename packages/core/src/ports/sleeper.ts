/**
 * Waiting, injected next to `Clock` so that retry and rate-limit logic is testable without real
 * waits: a test sleeper advances its clock and returns at once.
 */
export interface Sleeper {
  /** Resolves after `ms` milliseconds (at once for `ms <= 0`). */
  sleep(ms: number): Promise<void>
}

/** The real sleeper (a timer). */
export const systemSleeper: Sleeper = {
  sleep: (ms) =>
    ms <= 0 ? Promise.resolve() : new Promise((resolve) => globalThis.setTimeout(resolve, ms)),
}
