/**
 * A small LRU cache for reads of the public patent corpus (search pages, patent pages), valid
 * while the store's `generation` is unchanged and for at most `ttlMs`. The corpus is read-mostly
 * (imports are batch jobs), users repeat queries (paging, facet clicks, back navigation) and open
 * the same patents, so most reads are served without touching SQLite's synchronous driver.
 */
export class ReadCache<V> {
  readonly #entries = new Map<string, { value: V; generation: string; at: number }>()
  /** Loads in flight: concurrent misses of one key share one load (no thundering herd). */
  readonly #loading = new Map<string, Promise<V>>()
  readonly #max: number
  readonly #ttlMs: number

  /** Default is 2,000 entries for 60 s. */
  constructor(max = 2000, ttlMs = 60_000) {
    this.#max = max
    this.#ttlMs = ttlMs
  }

  async get(key: string, generation: string, load: () => Promise<V>): Promise<V> {
    const hit = this.#entries.get(key)
    if (hit && hit.generation === generation && Date.now() - hit.at < this.#ttlMs) {
      // Refresh its place: Map iteration order is insertion order, so the first key is the oldest.
      this.#entries.delete(key)
      this.#entries.set(key, hit)
      return hit.value
    }
    const flightKey = `${generation}\u0000${key}`
    const inFlight = this.#loading.get(flightKey)
    if (inFlight) {
      return inFlight
    }
    const loading = load().then(
      (value) => {
        this.#loading.delete(flightKey)
        this.#entries.set(key, { value, generation, at: Date.now() })
        if (this.#entries.size > this.#max) {
          this.#entries.delete(this.#entries.keys().next().value as string)
        }
        return value
      },
      (error: unknown) => {
        this.#loading.delete(flightKey)
        throw error
      },
    )
    this.#loading.set(flightKey, loading)
    return loading
  }
}
