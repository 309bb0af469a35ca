import { createServerError } from '../errors.js'

const WINDOW_MS = 60_000
const MAX_FAILURES = 10

/**
 * Slows password guessing: more than 10 failed sign-ins for one address and email within a
 * minute answer 429 until the minute is over. In memory (one server process).
 */
export class LoginLimiter {
  readonly #failures = new Map<string, { count: number; since: number }>()

  check(key: string): void {
    const entry = this.#failures.get(key)
    if (entry && Date.now() - entry.since < WINDOW_MS && entry.count >= MAX_FAILURES) {
      throw createServerError('RATE_LIMITED')
    }
  }

  fail(key: string): void {
    const now = Date.now()
    const entry = this.#failures.get(key)
    if (!entry || now - entry.since >= WINDOW_MS) {
      this.#failures.set(key, { count: 1, since: now })
      if (this.#failures.size > 10_000) {
        this.#failures.clear()
      }
    } else {
      entry.count++
    }
  }
}
