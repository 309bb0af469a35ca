/**
 * An open-addressing hash table from a pair of non-negative int32 ids to an int32 value: the
 * index builder's word-pair dictionary (a `Map` keyed by a packed float64 hashes each key as a
 * heap number, several times slower on the hot path of indexing).
 */
export class PairTable {
  #a = new Int32Array(1 << 16).fill(-1)
  #b = new Int32Array(1 << 16)
  #value = new Int32Array(1 << 16)
  #size = 0

  /** Entries held. */
  get size(): number {
    return this.#size
  }

  /** The value of `(a, b)`, or −1 when absent. */
  get(a: number, b: number): number {
    const mask = this.#a.length - 1
    for (let i = PairTable.#hash(a, b) & mask; ; i = (i + 1) & mask) {
      const x = this.#a[i]!
      if (x === -1) {
        return -1
      }
      if (x === a && this.#b[i] === b) {
        return this.#value[i]!
      }
    }
  }

  /** Sets `(a, b)` to `value` (the pair must be absent). */
  add(a: number, b: number, value: number): void {
    if ((this.#size + 1) * 2 > this.#a.length) {
      this.#grow()
    }
    this.#insert(a, b, value)
    this.#size++
  }

  static #hash(a: number, b: number): number {
    let h = Math.imul(a, 0x9e3779b1) ^ b
    h = Math.imul(h ^ (h >>> 15), 0x85ebca6b)
    return h ^ (h >>> 13)
  }

  #insert(a: number, b: number, value: number): void {
    const mask = this.#a.length - 1
    let i = PairTable.#hash(a, b) & mask
    while (this.#a[i] !== -1) {
      i = (i + 1) & mask
    }
    this.#a[i] = a
    this.#b[i] = b
    this.#value[i] = value
  }

  #grow(): void {
    const a = this.#a
    const b = this.#b
    const value = this.#value
    this.#a = new Int32Array(a.length * 2).fill(-1)
    this.#b = new Int32Array(a.length * 2)
    this.#value = new Int32Array(a.length * 2)
    for (let i = 0; i < a.length; i++) {
      if (a[i] !== -1) {
        this.#insert(a[i]!, b[i]!, value[i]!)
      }
    }
  }
}
