import type { Clock, Sleeper } from '@chuhai/core'

/**
 * Paces requests per category ("search", "retrieval"…) at a number per minute, spacing them
 * evenly, and holds every category while the server asked for a pause. One limiter per service
 * and process; slots are reserved before waiting, so concurrent callers queue in order.
 */
export class RateLimiter {
  private readonly rates = new Map<string, number>()
  private readonly next = new Map<string, number>()
  private pausedUntil = 0

  /**
   * @param perMinute requests per minute of categories without their own rate (`Infinity`: no pacing).
   */
  constructor(
    private readonly clock: Clock,
    private readonly sleeper: Sleeper,
    private readonly perMinute: number,
  ) {}

  /** Sets the rate of one category (for example from OPS `X-Throttling-Control`). */
  setRate(category: string, perMinute: number): void {
    this.rates.set(category, perMinute)
  }

  /** The rate in force for a category, per minute. */
  rate(category: string): number {
    return this.rates.get(category) ?? this.perMinute
  }

  /** Holds every request until `until` (epoch ms); a later pause wins over an earlier one. */
  pauseUntil(until: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, until)
  }

  /** Holds one category until `until` (epoch ms), e.g. an OPS service flagged black. */
  pauseCategory(category: string, until: number): void {
    this.next.set(category, Math.max(this.next.get(category) ?? 0, until))
  }

  /** Resolves when a request of `category` may go; returns the milliseconds it waited. */
  async acquire(category = 'default'): Promise<number> {
    const now = this.clock.now()
    const rate = this.rate(category)
    const interval = rate > 0 && Number.isFinite(rate) ? 60_000 / rate : 0
    const slot = Math.max(now, this.next.get(category) ?? 0, this.pausedUntil)
    this.next.set(category, slot + interval)
    const wait = slot - now
    if (wait > 0) {
      await this.sleeper.sleep(wait)
    }
    return wait
  }
}
