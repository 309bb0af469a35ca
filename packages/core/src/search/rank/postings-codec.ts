/**
 * The byte format of a key's postings (ADR 0012): blocks of at most `BLOCK_SIZE` postings, each
 * self-describing, so a reader can skip a block from its header alone and shards built apart
 * can be joined by concatenating their blocks.
 *
 * Block: `count − 1` (1 byte), the largest impact (1 byte), body length (uint16 LE), first and
 * last document (uint32 LE each); body: `count` impact bytes, then `count` varints of
 * `gap × 16 + field mask` (the first gap is 0, counted from the first document).
 */

/** Postings per block. */
export const BLOCK_SIZE = 128
/** Bytes of a block header. */
export const BLOCK_HEADER = 12

/** Upper bound of the encoded size of `count` postings whose unblocked stream took `streamBytes`. */
export function encodedBound(count: number, streamBytes: number): number {
  return streamBytes + Math.ceil(count / BLOCK_SIZE) * BLOCK_HEADER
}

/** Reads a uint32 LE at `at`. */
export function readU32(bytes: Uint8Array, at: number): number {
  return (bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16)) + bytes[at + 3]! * 0x1000000
}

function writeU32(bytes: Uint8Array, at: number, v: number): void {
  bytes[at] = v & 255
  bytes[at + 1] = (v >>> 8) & 255
  bytes[at + 2] = (v >>> 16) & 255
  bytes[at + 3] = (v >>> 24) & 255
}

/**
 * Encodes postings (documents ascending) into `out` at `at` as blocks; returns the end offset
 * and the largest impact.
 */
export function encodePostings(
  docs: ArrayLike<number>,
  impacts: ArrayLike<number>,
  masks: ArrayLike<number>,
  count: number,
  out: Uint8Array,
  at: number,
): { end: number; maxImpact: number } {
  let maxImpact = 0
  for (let start = 0; start < count; start += BLOCK_SIZE) {
    const n = Math.min(BLOCK_SIZE, count - start)
    const header = at
    let p = header + BLOCK_HEADER
    let blockMax = 0
    for (let i = 0; i < n; i++) {
      const impact = impacts[start + i]!
      out[p++] = impact
      if (impact > blockMax) {
        blockMax = impact
      }
    }
    let previous = docs[start]!
    for (let i = 0; i < n; i++) {
      const d = docs[start + i]!
      let v = (d - previous) * 16 + masks[start + i]!
      previous = d
      while (v >= 128) {
        out[p++] = (v % 128) | 128
        v = Math.floor(v / 128)
      }
      out[p++] = v
    }
    const body = p - header - BLOCK_HEADER
    out[header] = n - 1
    out[header + 1] = blockMax
    out[header + 2] = body & 255
    out[header + 3] = body >>> 8
    writeU32(out, header + 4, docs[start]!)
    writeU32(out, header + 8, docs[start + n - 1]!)
    if (blockMax > maxImpact) {
      maxImpact = blockMax
    }
    at = p
  }
  return { end: at, maxImpact }
}

/** Postings in a block (from its header). */
export function blockCount(bytes: Uint8Array, at: number): number {
  return bytes[at]! + 1
}

/** Offset of the block after the one at `at`. */
export function nextBlock(bytes: Uint8Array, at: number): number {
  return at + BLOCK_HEADER + (bytes[at + 2]! | (bytes[at + 3]! << 8))
}

/** Last document of the block at `at`. */
export function blockLastDoc(bytes: Uint8Array, at: number): number {
  return readU32(bytes, at + 8)
}

/** First document of the block at `at`. */
export function blockFirstDoc(bytes: Uint8Array, at: number): number {
  return readU32(bytes, at + 4)
}

/**
 * Decodes the block at `at` into the scratch arrays (at least `BLOCK_SIZE` long); returns the
 * number of postings. `masks` may be omitted when only documents and impacts are needed.
 */
export function decodeBlock(
  bytes: Uint8Array,
  at: number,
  docs: Uint32Array,
  impacts: Uint8Array,
  masks?: Uint8Array,
): number {
  const n = bytes[at]! + 1
  let p = at + BLOCK_HEADER
  for (let i = 0; i < n; i++) {
    impacts[i] = bytes[p++]!
  }
  let d = readU32(bytes, at + 4)
  for (let i = 0; i < n; i++) {
    let b = bytes[p++]!
    let v = b & 127
    let scale = 128
    while (b >= 128) {
      b = bytes[p++]!
      v += (b & 127) * scale
      scale *= 128
    }
    const mask = v & 15
    d += (v - mask) / 16
    docs[i] = d
    if (masks !== undefined) {
      masks[i] = mask
    }
  }
  return n
}

/** Decodes a key's whole postings, bytes `[from, to)`, into fresh arrays of `count` entries. */
export function decodePostings(
  bytes: Uint8Array,
  from: number,
  to: number,
  count: number,
): { docs: Uint32Array; impacts: Uint8Array; masks: Uint8Array } {
  const docs = new Uint32Array(count)
  const impacts = new Uint8Array(count)
  const masks = new Uint8Array(count)
  let n = 0
  for (let at = from; at < to; at = nextBlock(bytes, at)) {
    n += decodeBlock(
      bytes,
      at,
      docs.subarray(n, n + BLOCK_SIZE),
      impacts.subarray(n, n + BLOCK_SIZE),
      masks.subarray(n, n + BLOCK_SIZE),
    )
  }
  return { docs, impacts, masks }
}
