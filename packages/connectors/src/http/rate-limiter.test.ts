import { describe, expect, it } from 'vitest'
import { RateLimiter } from './rate-limiter.js'

function time(): {
  clock: { now(): number }
  sleeper: { sleep(ms: number): Promise<void> }
  sleeps: number[]
} {
  let now = 1_000_000
  const sleeps: number[] = []
  return {
    clock: { now: () => now },
    sleeper: {
      sleep: (ms) => {
        sleeps.push(ms)
        now += ms
        return Promise.resolve()
      },
    },
    sleeps,
  }
}

describe('RateLimiter', () => {
  it('spaces requests evenly at the rate per minute, per category', async () => {
    const t = time()
    const limiter = new RateLimiter(t.clock, t.sleeper, 30)
    await limiter.acquire('search')
    await limiter.acquire('search')
    await limiter.acquire('search')
    expect(t.sleeps).toEqual([2000, 2000])
    limiter.setRate('retrieval', 200)
    await limiter.acquire('retrieval')
    await limiter.acquire('retrieval')
    expect(t.sleeps).toEqual([2000, 2000, 300])
  })

  it('holds every category during a pause, and one category during its own pause', async () => {
    const t = time()
    const limiter = new RateLimiter(t.clock, t.sleeper, Infinity)
    limiter.pauseUntil(t.clock.now() + 5000)
    expect(await limiter.acquire('a')).toBe(5000)
    limiter.pauseCategory('images', t.clock.now() + 60_000)
    expect(await limiter.acquire('b')).toBe(0)
    expect(await limiter.acquire('images')).toBe(60_000)
  })
})
