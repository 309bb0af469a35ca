/** Matches only two U+FFFF noncharacters, which text never holds; running it flattens a rope. */
const FLATTEN = /\uffff\uffff/

/** True for the code units that the regular expression class `\s` matches. */
function isSpace(c: number): boolean {
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
