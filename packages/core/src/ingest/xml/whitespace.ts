/** Matches only two U+FFFF noncharacters, which text never holds; running it flattens a rope. */
const FLATTEN = /\uffff\uffff/

/** True for the code units that the regular expression class `\s` matches. */
export function isSpace(c: number): boolean {
  if (c <= 32) {
    return c === 32 || (c >= 9 && c <= 13)
  }
  if (c < 0xa0) {
    return false
  }
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  )
}

/**
 * Collapses every run of whitespace to one space and trims both ends: the same result as
 * `s.replace(/\s+/g, ' ').trim()`, about three times faster on patent prose, where most text
 * needs no change and the rest needs a few cuts. Text extraction runs over every byte of a
 * document, so this matters for ingest throughput.
 *
 * @example collapseWhitespace('  a \n\t b ') // 'a b'
 */
export function collapseWhitespace(s: string): string {
  // Text built by concatenation is a rope, and reading a rope char by char is slow; running a
  // (trivial) regular expression makes V8 flatten it first.
  FLATTEN.test(s)
  const n = s.length
  let i = 0
  while (i < n && isSpace(s.charCodeAt(i))) {
    i++
  }
  let out = ''
  let from = i
  for (; i < n; i++) {
    const c = s.charCodeAt(i)
    if (!isSpace(c)) {
      continue
    }
    let j = i + 1
    while (j < n && isSpace(s.charCodeAt(j))) {
      j++
    }
    if (j === n) {
      return out + s.slice(from, i)
    }
    // A single plain space is already right; anything else is cut out and replaced.
    if (c !== 32 || j > i + 1) {
      out += `${s.slice(from, i)} `
      from = j
    }
    i = j - 1
  }
  return from === 0 ? s : out + s.slice(from)
}

/** White space that `collapseWhitespace` changes inside a text: any but a space, or two in a row. */
const IRREGULAR = /[^\S ]| {2}/
const SPACES = /\s+/g

/**
 * Builds whitespace-collapsed lines from text pieces: the lines equal `collapseWhitespace` of each
 * line's concatenated pieces (empty lines dropped), without building and rescanning the
 * concatenation. Most prose needs no change, and a regular expression finds that out faster than
 * a loop over the characters (the pieces are slices of a larger text, slow to read one by one);
 * the few pieces with line breaks or runs of white space are collapsed with `replace`.
 *
 * @example
 * const lines = new LineCollector()
 * lines.add(' a \n b'); lines.endLine(); lines.add('c'); lines.join() // 'a b\nc'
 */
export class LineCollector {
  readonly #lines: string[] = []
  #line = ''
  /** Whitespace was seen after the last character of `#line`. */
  #space = false

  /** Appends a piece of text to the current line. */
  add(piece: string): void {
    const s = IRREGULAR.test(piece) ? piece.replace(SPACES, ' ') : piece
    const n = s.length
    const from = s.charCodeAt(0) === 32 ? 1 : 0
    const to = n > from && s.charCodeAt(n - 1) === 32 ? n - 1 : n
    if (from > 0) {
      this.#space = true
    }
    if (to > from) {
      if (this.#space && this.#line) {
        this.#line += ' '
      }
      this.#line += to - from === n ? s : s.slice(from, to)
      this.#space = to < n
    }
  }

  /** Ends the current line; an empty line is dropped. */
  endLine(): void {
    if (this.#line) {
      this.#lines.push(this.#line)
    }
    this.#line = ''
    this.#space = false
  }

  /** Ends the current line and joins all lines with `separator`. Default is a line feed. */
  join(separator = '\n'): string {
    this.endLine()
    return this.#lines.join(separator)
  }
}
