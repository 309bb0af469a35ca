import type { SplitRule } from './container.js'

/** One document cut from a stream: its bytes and the byte offset of its first byte in the file. */
export interface DocumentChunk {
  readonly bytes: Uint8Array
  readonly offset: number
}

/**
 * Cuts a byte stream into documents by a `SplitRule`, holding at most one document in memory.
 * Feed chunks with `push` and collect documents as they complete; `end` returns the last one.
 * Works on `Uint8Array` so that offsets are byte offsets whatever the encoding.
 *
 * @example
 * const s = new DocumentSplitter(splitRule('xml-declarations'))
 * for await (const chunk of stream) for (const doc of s.push(chunk)) handle(doc)
 * for (const doc of s.end()) handle(doc)
 */
export class DocumentSplitter {
  readonly #rule: SplitRule
  readonly #marker: Uint8Array
  /** Bytes not yet emitted, starting at file offset `#start`. */
  #pending: Uint8Array = new Uint8Array(0)
  #start = 0
  /** How far into `#pending` we have already searched for markers. */
  #scanned = 0
  /** Position in `#pending` where the current document begins (after a separator). */
  #docStart = 0

  constructor(rule: SplitRule) {
    this.#rule = rule
    this.#marker = new TextEncoder().encode(rule.marker)
  }

  /** Adds bytes; returns the documents completed by them. */
  push(chunk: Uint8Array): DocumentChunk[] {
    this.#pending = this.#pending.length === 0 ? chunk : concat(this.#pending, chunk)
    return this.#cut(false)
  }

  /** Signals end of input; returns the remaining document, if it holds anything but whitespace. */
  end(): DocumentChunk[] {
    return this.#cut(true)
  }

  #cut(final: boolean): DocumentChunk[] {
    const out: DocumentChunk[] = []
    const buf = this.#pending
    const m = this.#marker
    if (m.length > 0) {
      // Search for the marker's second byte (`?` of `<?xml`, `!` of `<!DOCTYPE`): it is far rarer
      // than `<`, which starts every tag, so the native `indexOf` skips most of the document.
      const anchor = m.length > 1 ? 1 : 0
      const anchorByte = m[anchor]!
      const limit = buf.length - m.length
      let i = Math.max(this.#scanned, 0)
      let waitAt: number | undefined
      while (i <= limit) {
        const found = buf.indexOf(anchorByte, i + anchor)
        const hit = found - anchor
        if (found === -1 || hit > limit) {
          break
        }
        const verdict = matches(buf, hit, m) ? this.#verdict(buf, hit, final) : 'no'
        if (verdict === 'wait') {
          // The marker line is not complete yet: look at it again when more bytes arrive.
          waitAt = hit
          break
        }
        if (verdict === 'no') {
          i = hit + 1
          continue
        }
        this.#split(out, hit)
        i = Math.max(hit + m.length, this.#docStart)
      }
      this.#scanned = waitAt ?? Math.max(i, limit + 1)
    }
    if (final) {
      this.#emit(out, this.#docStart, buf.length)
      this.#pending = new Uint8Array(0)
      this.#start += buf.length
      this.#scanned = 0
      this.#docStart = 0
      return out
    }
    // Drop what was emitted so memory holds one document at most.
    if (this.#docStart > 0) {
      this.#pending = buf.subarray(this.#docStart)
      this.#start += this.#docStart
      this.#scanned -= this.#docStart
      this.#docStart = 0
    }
    return out
  }

  /** Whether a marker match at `hit` starts a document: `wait` when its line is still incomplete. */
  #verdict(buf: Uint8Array, hit: number, final: boolean): 'yes' | 'no' | 'wait' {
    const rule = this.#rule
    if (rule.atLineStart && hit > 0) {
      const ok = rule.wholeLine
        ? buf[hit - 1] === 0x0a || buf[hit - 1] === 0x0d
        : isLineStart(buf, hit)
      if (!ok) {
        return 'no'
      }
    }
    if (!rule.wholeLine) {
      // A marker ending in a name character must end the name too: `<?xml-stylesheet …?>` on a
      // line of its own is a processing instruction inside the document, not a new declaration.
      const after = hit + this.#marker.length
      if (isNameByte(this.#marker[this.#marker.length - 1]!)) {
        if (after >= buf.length) {
          return final ? 'yes' : 'wait'
        }
        return isNameByte(buf[after]!) ? 'no' : 'yes'
      }
      return 'yes'
    }
    let k = hit + this.#marker.length
    while (k < buf.length && (buf[k] === 0x20 || buf[k] === 0x09)) {
      k++
    }
    if (k === buf.length) {
      return final ? 'yes' : 'wait'
    }
    return buf[k] === 0x0a || buf[k] === 0x0d ? 'yes' : 'no'
  }

  /** Ends the current document before the marker at `hit` (and its leading lines). */
  #split(out: DocumentChunk[], hit: number): void {
    const buf = this.#pending
    if (this.#rule.markerIsSeparator) {
      this.#emit(out, this.#docStart, hit)
      this.#docStart = skipLine(buf, hit + this.#marker.length)
      return
    }
    const start = Math.max(this.#docStart, linesAbove(buf, hit, this.#rule.leadingLines ?? 0))
    if (start > this.#docStart) {
      this.#emit(out, this.#docStart, start)
      this.#docStart = start
    }
  }

  #emit(out: DocumentChunk[], from: number, to: number): void {
    const bytes = this.#pending.subarray(from, to)
    if (!isBlank(bytes)) {
      out.push({
        bytes: new Uint8Array(bytes), // a copy with its own buffer (Buffer#slice would be a view)
        offset: this.#start + from,
      })
    }
  }
}

function matches(buf: Uint8Array, at: number, m: Uint8Array): boolean {
  for (let k = 1; k < m.length; k++) {
    if (buf[at + k] !== m[k]) {
      return false
    }
  }
  return true
}

function isLineStart(buf: Uint8Array, at: number): boolean {
  // Allow indentation before the marker: walk back over spaces/tabs to a line feed.
  let k = at - 1
  while (k >= 0 && (buf[k] === 0x20 || buf[k] === 0x09)) {
    k--
  }
  return k < 0 || buf[k] === 0x0a || buf[k] === 0x0d
}

function skipLine(buf: Uint8Array, at: number): number {
  let k = at
  while (k < buf.length && buf[k] !== 0x0a) {
    k++
  }
  return Math.min(k + 1, buf.length)
}

/** Start of the line `n` lines above the line holding `at` (0 = that line's own start). */
function linesAbove(buf: Uint8Array, at: number, n: number): number {
  let pos = at
  while (pos > 0 && buf[pos - 1] !== 0x0a) {
    pos--
  }
  for (let line = 0; line < n && pos > 0; line++) {
    pos--
    while (pos > 0 && buf[pos - 1] !== 0x0a) {
      pos--
    }
  }
  return pos
}

function isBlank(bytes: Uint8Array): boolean {
  for (const b of bytes) {
    if (b !== 0x20 && b !== 0x0a && b !== 0x0d && b !== 0x09) {
      return false
    }
  }
  return true
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length)
  out.set(a, 0)
  out.set(b, a.length)
  return out
}

/** ASCII letters, digits, `-`, `_`, `.` and `:`: bytes that continue an XML name. */
function isNameByte(b: number): boolean {
  return (
    (b >= 0x61 && b <= 0x7a) ||
    (b >= 0x41 && b <= 0x5a) ||
    (b >= 0x30 && b <= 0x39) ||
    b === 0x2d ||
    b === 0x5f ||
    b === 0x2e ||
    b === 0x3a
  )
}
