/**
 * The `k` best of a stream of items (indexes or document numbers) by `worse(x, y)`, true when `x`
 * ranks below `y`: a min-heap whose root is the worst kept, so offering n items costs O(n log k)
 * and a query over a million matches pays for its page, not a full sort.
 */
export class BoundedHeap {
  readonly #items: Int32Array
  readonly #worse: (x: number, y: number) => boolean
  #size = 0

  constructor(k: number, worse: (x: number, y: number) => boolean) {
    this.#items = new Int32Array(Math.max(0, k))
    this.#worse = worse
  }

  /** Whether `k` items are kept (a new one must beat `worst`). */
  get full(): boolean {
    return this.#size === this.#items.length
  }

  /** The worst item kept (the next to leave); only meaningful when some are kept. */
  get worst(): number {
    return this.#items[0]!
  }

  /** Keeps `item` while fewer than `k` are kept, or in place of the worst kept when it ranks above. */
  offer(item: number): void {
    const heap = this.#items
    const worse = this.#worse
    if (this.#size < heap.length) {
      let j = this.#size++
      while (j > 0) {
        const p = (j - 1) >> 1
        if (!worse(item, heap[p]!)) {
          break
        }
        heap[j] = heap[p]!
        j = p
      }
      heap[j] = item
    } else if (heap.length > 0 && worse(heap[0]!, item)) {
      let j = 0
      for (;;) {
        const l = 2 * j + 1
        if (l >= this.#size) {
          break
        }
        const c = l + 1 < this.#size && worse(heap[l + 1]!, heap[l]!) ? l + 1 : l
        if (!worse(heap[c]!, item)) {
          break
        }
        heap[j] = heap[c]!
        j = c
      }
      heap[j] = item
    }
  }

  /** The items kept, best first. */
  sorted(): number[] {
    const worse = this.#worse
    return [...this.#items.subarray(0, this.#size)].sort((x, y) =>
      worse(y, x) ? -1 : worse(x, y) ? 1 : 0,
    )
  }
}
