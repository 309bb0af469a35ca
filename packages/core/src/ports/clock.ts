/** Today's date and the current instant, injected so rules and tests never call `Date.now()`. */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number
}

/** The system clock. */
export const systemClock: Clock = { now: () => Date.now() }
