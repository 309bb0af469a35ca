import type { Clock, Sleeper } from '@chuhai/core'

/** A clock that only moves when the code under test sleeps; every sleep is recorded. */
export interface FakeTime {
  readonly clock: Clock
  readonly sleeper: Sleeper
  readonly sleeps: number[]
}

/** Fake time starting at `start` (epoch ms). */
export function fakeTime(start = Date.UTC(2026, 0, 6)): FakeTime {
  let now = start
  const sleeps: number[] = []
  return {
    clock: { now: () => now },
    sleeper: {
      sleep: (ms) => {
        sleeps.push(ms)
        now += Math.max(0, ms)
        return Promise.resolve()
      },
    },
    sleeps,
  }
}
