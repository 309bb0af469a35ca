/** Data bytes of a slice at each level (each slice also holds a 4-byte pointer to the next). */
const LEVELS = [12, 28, 60, 124, 252, 508, 1020, 2044] as const
const PAGE_BITS = 24
const PAGE = 2 ** PAGE_BITS
const PAGE_MASK = PAGE - 1
/** Largest arena: slice pointers are 32-bit. */
const MAX_BYTES = 2 ** 32

/**
 * Growable byte streams for many keys in one paged arena (Lucene's byte-slice pool): each
 * stream is a chain of slices of growing size, so a million small streams cost no objects and
 * little slack. Streams are appended to and read back once, in order.
 */
export class ByteSlices {
  readonly #pages: Uint8Array[] = []
  #pageUsed = PAGE // forces a first page
  #pos = new Float64Array(1024)
  #end = new Float64Array(1024)
  #head = new Float64Array(1024)
  #level = new Uint8Array(1024)
  #length = new Float64Array(1024)
  #streams = 0

  /** Bytes held by the arena. */
  get arenaBytes(): number {
    return this.#pages.length * PAGE
  }

  /** Bytes written to stream `id`. */
  length(id: number): number {
    return this.#length[id]!
  }

  /** Adds a stream; returns its id (0, 1, 2 …). */
  open(): number {
    const id = this.#streams++
    if (id === this.#pos.length) {
      const grow = <T extends Float64Array | Uint8Array>(a: T, make: (n: number) => T): T => {
        const b = make(a.length * 2)
        b.set(a)
        return b
      }
      this.#pos = grow(this.#pos, (n) => new Float64Array(n))
      this.#end = grow(this.#end, (n) => new Float64Array(n))
      this.#head = grow(this.#head, (n) => new Float64Array(n))
      this.#level = grow(this.#level, (n) => new Uint8Array(n))
      this.#length = grow(this.#length, (n) => new Float64Array(n))
    }
    const at = this.#alloc(LEVELS[0] + 4)
    this.#head[id] = at
    this.#pos[id] = at
    this.#end[id] = at + LEVELS[0]
    return id
  }

  /** Appends a byte to stream `id`. */
  push(id: number, byte: number): void {
    let pos = this.#pos[id]!
    if (pos === this.#end[id]) {
      pos = this.#nextSlice(id, pos)
    }
    this.#pages[pos >>> PAGE_BITS]![pos & PAGE_MASK] = byte
    this.#pos[id] = pos + 1
    this.#length[id]!++
  }

  /** Appends a varint (7 bits a byte, low first) of a non-negative integer. */
  pushVarint(id: number, value: number): void {
    let pos = this.#pos[id]!
    let end = this.#end[id]!
    let written = 0
    for (;;) {
      if (pos === end) {
        pos = this.#nextSlice(id, pos)
        end = this.#end[id]!
      }
      written++
      if (value < 128) {
        this.#pages[pos >>> PAGE_BITS]![pos & PAGE_MASK] = value
        pos++
        break
      }
      this.#pages[pos >>> PAGE_BITS]![pos & PAGE_MASK] = (value % 128) | 128
      pos++
      value = Math.floor(value / 128)
    }
    this.#pos[id] = pos
    this.#length[id]! += written
  }

  /** Copies stream `id` into `out` at `at` (out must hold `length(id)` bytes there). */
  read(id: number, out: Uint8Array, at: number): void {
    let remaining = this.#length[id]!
    let slice = this.#head[id]!
    for (let level = 0; remaining > 0; level = Math.min(level + 1, LEVELS.length - 1)) {
      const n = Math.min(remaining, LEVELS[level]!)
      const page = this.#pages[slice >>> PAGE_BITS]!
      const offset = slice & PAGE_MASK
      out.set(page.subarray(offset, offset + n), at)
      at += n
      remaining -= n
      if (remaining > 0) {
        const p = offset + LEVELS[level]!
        slice = (page[p]! | (page[p + 1]! << 8) | (page[p + 2]! << 16)) + page[p + 3]! * 0x1000000
      }
    }
  }

  /** Frees the arena. */
  clear(): void {
    this.#pages.length = 0
    this.#pageUsed = PAGE
    this.#streams = 0
  }

  #nextSlice(id: number, end: number): number {
    const level = Math.min(this.#level[id]! + 1, LEVELS.length - 1)
    this.#level[id] = level
    const at = this.#alloc(LEVELS[level]! + 4)
    const page = this.#pages[end >>> PAGE_BITS]!
    const p = end & PAGE_MASK
    page[p] = at & 255
    page[p + 1] = (at >>> 8) & 255
    page[p + 2] = (at >>> 16) & 255
    page[p + 3] = (at >>> 24) & 255
    this.#end[id] = at + LEVELS[level]!
    return at
  }

  #alloc(size: number): number {
    if (this.#pageUsed + size > PAGE) {
      if ((this.#pages.length + 1) * PAGE > MAX_BYTES) {
        throw new RangeError('index arena is full (4 GiB): build the index in shards')
      }
      this.#pages.push(new Uint8Array(PAGE))
      this.#pageUsed = 0
    }
    const at = (this.#pages.length - 1) * PAGE + this.#pageUsed
    this.#pageUsed += size
    return at
  }
}
