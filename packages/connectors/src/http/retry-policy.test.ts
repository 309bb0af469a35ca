import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { backoffDelay, DEFAULT_RETRY, parseRetryAfter } from './retry-policy.js'

describe('parseRetryAfter', () => {
  const now = Date.UTC(2026, 0, 6, 12, 0, 0)
  it('reads delta seconds, milliseconds (OPS) and HTTP dates', () => {
    expect(parseRetryAfter('120', now)).toBe(120_000)
    expect(parseRetryAfter('216383', now, 1)).toBe(216_383)
    expect(parseRetryAfter('Tue, 06 Jan 2026 12:00:30 GMT', now)).toBe(30_000)
    expect(parseRetryAfter('Tue, 06 Jan 2026 11:00:00 GMT', now)).toBe(0)
  })
  it('returns undefined for absent or unreadable values', () => {
    expect(parseRetryAfter(undefined, now)).toBeUndefined()
    expect(parseRetryAfter('', now)).toBeUndefined()
    expect(parseRetryAfter('soon', now)).toBeUndefined()
  })
})

describe('backoffDelay', () => {
  it('grows exponentially with full jitter and never exceeds the cap', () => {
    expect(backoffDelay(0, DEFAULT_RETRY, () => 1)).toBe(1000)
    expect(backoffDelay(3, DEFAULT_RETRY, () => 1)).toBe(8000)
    expect(backoffDelay(10, DEFAULT_RETRY, () => 1)).toBe(60_000)
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 40 }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (attempt, r) => {
          const d = backoffDelay(attempt, DEFAULT_RETRY, () => r)
          return d >= 0 && d <= Math.min(DEFAULT_RETRY.maxDelayMs, 1000 * 2 ** attempt)
        },
      ),
    )
  })
})
