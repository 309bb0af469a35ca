import { analyzeKeys, forEachTerm } from './analyzer.js'
import type { PositionalCheck } from './boolean-evaluator.js'
import type { IndexDocument } from './index-builder.js'
import { nearWithin, type Span } from './positional-check.js'
import { FIELD_BIT, INDEX_FIELDS } from './rank-params.js'

/**
 * The forward index (ADR 0020): per document, the sequence of its index keys in each field as
 * varint-coded vocabulary ids, so phrase and `NEAR/n` checks decode numbers instead of
 * re-tokenising (and stemming) the candidates' text.
 *
 * A record is, for each field in `INDEX_FIELDS` order, `varint(byte length)` and then one
 * `varint(id + 1)` per token (0 for a key outside the vocabulary, which matches nothing). Ids are
 * given by descending document frequency, so most tokens take one or two bytes.
 */

/** The word keys of a forward index, id → key, most frequent first. */
export class ForwardVocabulary {
  readonly keys: readonly string[]
  #ids: Map<string, number> | undefined
  #sorted: Uint32Array | undefined
  readonly #compiled = new WeakMap<PositionalCheck['node'], CompiledCheck>()

  constructor(keys: readonly string[]) {
    this.keys = keys
  }

  /**
   * The vocabulary of an impact index: its word keys (never word pairs) by descending document
   * frequency, ties by key. Every key `forEachTerm` emits for an indexed document is one of them.
   */
  static fromIndex(data: {
    readonly terms: readonly string[]
    readonly df: ArrayLike<number>
  }): ForwardVocabulary {
    const ids: number[] = []
    for (let i = 0; i < data.terms.length; i++) {
      if (!data.terms[i]!.includes(' ')) {
        ids.push(i)
      }
    }
    // Terms are sorted, so index order breaks df ties by key.
    ids.sort((a, b) => data.df[b]! - data.df[a]! || a - b)
    return new ForwardVocabulary(ids.map((i) => data.terms[i]!))
  }

  /**
   * The vocabulary of a packed index (ADR 0024: keys as one UTF-8 array with start offsets), the
   * same as `fromIndex` gives for the index's keys: only the word keys are decoded.
   */
  static fromPacked(index: {
    readonly termBytes: Uint8Array
    readonly termStarts: Uint32Array
    readonly df: ArrayLike<number>
  }): ForwardVocabulary {
    const { termBytes, termStarts, df } = index
    const ids: number[] = []
    for (let i = 0; i + 1 < termStarts.length; i++) {
      const space = termBytes.subarray(termStarts[i], termStarts[i + 1]).indexOf(0x20)
      if (space < 0) {
        ids.push(i)
      }
    }
    ids.sort((a, b) => df[b]! - df[a]! || a - b)
    const decoder = new TextDecoder()
    return new ForwardVocabulary(
      ids.map((i) => decoder.decode(termBytes.subarray(termStarts[i], termStarts[i + 1]))),
    )
  }

  /** The code of `key` in records (id + 1), or -1 when the key is not in the vocabulary. */
  code(key: string): number {
    if (this.#ids === undefined) {
      this.#ids = new Map(this.keys.map((k, i) => [k, i]))
    }
    const id = this.#ids.get(key)
    return id === undefined ? -1 : id + 1
  }

  /** Codes (as a membership table indexed by code) of every key starting with `prefix`. */
  prefixCodes(prefix: string): Uint8Array {
    if (this.#sorted === undefined) {
      const order = Uint32Array.from(this.keys, (_, i) => i)
      const keys = this.keys
      this.#sorted = order.sort((a, b) => (keys[a]! < keys[b]! ? -1 : keys[a]! > keys[b]! ? 1 : 0))
    }
    const sorted = this.#sorted
    let lo = 0
    let hi = sorted.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (this.keys[sorted[mid]!]! < prefix) {
        lo = mid + 1
      } else {
        hi = mid
      }
    }
    const table = new Uint8Array(this.keys.length + 1)
    for (let i = lo; i < sorted.length && this.keys[sorted[i]!]!.startsWith(prefix); i++) {
      table[sorted[i]! + 1] = 1
    }
    return table
  }

  /** The compiled form of a check's operands (cached per query node). */
  compile(check: PositionalCheck): CompiledCheck {
    let c = this.#compiled.get(check.node)
    if (c === undefined) {
      const node = check.node
      const operands = node.kind === 'phrase' ? [node] : node.children
      const compiled = operands.map((o): Operand => {
        const keys = o.kind === 'term' ? analyzeKeys(o.text) : o.words.flatMap(analyzeKeys)
        const prefix = o.kind === 'term' && o.prefix && keys.length > 0
        return {
          codes: Int32Array.from(keys, (k, j) =>
            prefix && j === keys.length - 1 ? -2 : this.code(k),
          ),
          last: prefix ? this.prefixCodes(keys.at(-1)!) : undefined,
        }
      })
      c = {
        operands: compiled,
        distance: node.kind === 'near' ? node.distance : 0,
        near: node.kind === 'near',
        required: requiredCodes(compiled),
      }
      this.#compiled.set(check.node, c)
    }
    return c
  }
}

interface Operand {
  /** Codes of the operand's keys in order; -2 marks the truncated last key (see `last`). */
  readonly codes: Int32Array
  /** Codes the truncated last key matches, or undefined when not truncated. */
  readonly last: Uint8Array | undefined
}

/** A positional check compiled against a vocabulary. */
export interface CompiledCheck {
  readonly operands: readonly Operand[]
  readonly distance: number
  readonly near: boolean
  /**
   * Codes a field must hold for the check to hold in it, as their record bytes (varints): one per
   * operand (its first untruncated key), or undefined when some operand can match nothing.
   */
  readonly required: readonly Uint8Array[] | undefined
}

// A phrase holds in a field only where its keys occur, and NEAR where every operand does: each
// operand's first untruncated key is looked for in the field's bytes (a native byte search)
// before the field is decoded. A key outside the vocabulary (code -1) matches nothing.
function requiredCodes(operands: readonly Operand[]): Uint8Array[] | undefined {
  const required: Uint8Array[] = []
  for (const o of operands) {
    if (o.codes.includes(-1)) {
      return undefined
    }
    const code = o.codes.find((x) => x >= 0)
    if (code !== undefined) {
      const bytes: number[] = []
      let v = code
      while (v >= 0x80) {
        bytes.push((v & 0x7f) | 0x80)
        v >>>= 7
      }
      bytes.push(v)
      required.push(Uint8Array.from(bytes))
    }
  }
  return required
}

/** Whether the record's bytes in [start, end) hold the token coded `code` (varint bytes). */
function holdsCode(record: Uint8Array, start: number, end: number, code: Uint8Array): boolean {
  const first = code[0]!
  const last = end - code.length
  for (
    let p = record.indexOf(first, start);
    p >= 0 && p <= last;
    p = record.indexOf(first, p + 1)
  ) {
    // A token starts after a byte below 0x80 (the end of the previous varint or of the length).
    if (record[p - 1]! < 0x80) {
      let j = 1
      while (j < code.length && record[p + j] === code[j]) {
        j++
      }
      if (j === code.length) {
        return true
      }
    }
  }
  return false
}

/** A growable byte buffer for encoding records. */
let scratch = new Uint8Array(1 << 16)

function ensure(at: number, more: number): void {
  if (at + more > scratch.length) {
    const grown = new Uint8Array(Math.max(scratch.length * 2, at + more))
    grown.set(scratch.subarray(0, at))
    scratch = grown
  }
}

function writeVarint(at: number, v: number): number {
  ensure(at, 5)
  while (v >= 0x80) {
    scratch[at++] = (v & 0x7f) | 0x80
    v >>>= 7
  }
  scratch[at++] = v
  return at
}

/** The forward record of one document (a copy; see the module comment for the format). */
export function encodeForward(document: IndexDocument, vocabulary: ForwardVocabulary): Uint8Array {
  let at = 0
  const tokens: number[] = []
  for (const field of INDEX_FIELDS) {
    tokens.length = 0
    const text = document[field]
    if (text) {
      forEachTerm(text, (key) => tokens.push(Math.max(0, vocabulary.code(key))))
    }
    let bytes = 0
    for (const t of tokens) {
      bytes += t < 0x80 ? 1 : t < 0x4000 ? 2 : t < 0x200000 ? 3 : t < 0x10000000 ? 4 : 5
    }
    at = writeVarint(at, bytes)
    for (const t of tokens) {
      at = writeVarint(at, t)
    }
  }
  return scratch.slice(0, at)
}

/** Decoded tokens of one field (reused between calls). */
const buffers = { tokens: new Int32Array(4096) }

/**
 * Whether a document satisfies a phrase or `NEAR/n` clause, decided on its forward record with
 * exactly the semantics of `checkPositions` on its text (a phrase needs its keys consecutively;
 * `NEAR/n` an occurrence of every operand with at most `n` words between consecutive ones).
 */
export function checkForward(
  record: Uint8Array,
  check: PositionalCheck,
  vocabulary: ForwardVocabulary,
): boolean {
  const compiled = vocabulary.compile(check)
  const required = compiled.required
  if (required === undefined) {
    return false
  }
  const fields = check.fields
  let at = 0
  for (let f = 0; f < FIELD_BITS.length; f++) {
    let bytes = 0
    for (let s = 0; ; s += 7) {
      const b = record[at++]!
      bytes |= (b & 0x7f) << s
      if (b < 0x80) {
        break
      }
    }
    const end = at + bytes
    if ((fields & FIELD_BITS[f]!) === 0 || bytes === 0 || !holdsAll(record, at, end, required)) {
      at = end
      continue
    }
    let tokens = buffers.tokens
    let n = 0
    while (at < end) {
      let v = record[at++]!
      if (v >= 0x80) {
        v &= 0x7f
        for (let s = 7; ; s += 7) {
          const b = record[at++]!
          v |= (b & 0x7f) << s
          if (b < 0x80) {
            break
          }
        }
      }
      if (n === tokens.length) {
        const grown = new Int32Array(n * 2)
        grown.set(tokens)
        buffers.tokens = tokens = grown
      }
      tokens[n++] = v
    }
    if (holdsIn(tokens, n, compiled)) {
      return true
    }
  }
  return false
}

function holdsAll(
  record: Uint8Array,
  start: number,
  end: number,
  required: readonly Uint8Array[],
): boolean {
  for (const code of required) {
    if (!holdsCode(record, start, end, code)) {
      return false
    }
  }
  return true
}

/** The field bits in record order. */
const FIELD_BITS = INDEX_FIELDS.map((f) => FIELD_BIT[f])

function holdsIn(tokens: Int32Array, n: number, c: CompiledCheck): boolean {
  if (!c.near) {
    return firstSpan(tokens, n, c.operands[0]!) >= 0
  }
  const lists: Span[][] = []
  for (const o of c.operands) {
    const list = spans(tokens, n, o)
    if (list.length === 0) {
      return false
    }
    lists.push(list)
  }
  return nearWithin(lists, c.distance)
}

function matchesAt(tokens: Int32Array, i: number, o: Operand): boolean {
  const codes = o.codes
  for (let j = 0; j < codes.length; j++) {
    const want = codes[j]!
    const t = tokens[i + j]!
    if (want === -2 ? o.last![t] !== 1 : t !== want) {
      return false
    }
  }
  return true
}

function firstSpan(tokens: Int32Array, n: number, o: Operand): number {
  const k = o.codes.length
  if (k === 0) {
    return -1
  }
  for (let i = 0; i + k <= n; i++) {
    if (matchesAt(tokens, i, o)) {
      return i
    }
  }
  return -1
}

function spans(tokens: Int32Array, n: number, o: Operand): Span[] {
  const k = o.codes.length
  const out: Span[] = []
  if (k === 0) {
    return out
  }
  for (let i = 0; i + k <= n; i++) {
    if (matchesAt(tokens, i, o)) {
      out.push([i, i + k - 1])
    }
  }
  return out
}

/** Where a Boolean query's candidates' forward records are read from (a port; ADR 0020). */
export interface ForwardSource {
  readonly vocabulary: ForwardVocabulary
  /** The forward record of `doc`, or undefined when the document has none. */
  record(doc: number): Uint8Array | undefined
  /**
   * The forward records of `docs`, in the order asked (undefined where a document has none): one
   * read for a batch of candidates. Optional; without it each record is read by `record`.
   */
  records?(docs: readonly number[]): (Uint8Array | undefined)[]
}
