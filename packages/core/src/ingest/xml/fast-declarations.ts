import { subsetEnd } from './prolog.js'

const CDATA = '[CDATA['

/** Besides the end offset, what `skipBang` and `skipMarkup` found. One instance is reused. */
export interface Skipped {
  /** Text for the open element, not decoded (a CDATA section, or what htmlparser2 kept of markup
   * cut off by the end of the text) from `textFrom` to `textTo`; -1 for none. */
  textFrom: number
  textTo: number
  /** The new offset for problems (htmlparser2's `startIndex`, but never past the end), -1 to keep
   * it. */
  mark: number
}

/**
 * Skips `<!…` at `lt`: a comment (ends at the first `-->`, `<!-->` included), a CDATA section
 * (its content becomes text, an empty one too), the DOCTYPE (see `doctypeEnd`) or another
 * declaration (ends at the first `>`). Returns the offset after it, -1 when the text ends first.
 */
export function skipBang(t: string, lt: number, out: Skipped): number {
  const n = t.length
  const p = lt + 2
  out.textFrom = out.mark = -1
  if (p >= n) {
    return -1
  }
  const c = t.charCodeAt(p)
  if (c === 0x2d) {
    if (t.charCodeAt(p + 1) !== 0x2d) {
      return skipMarkup(t, p, p + 2, out)
    }
    const q = t.indexOf('-->', p)
    if (q >= 0 || p + 2 < n) {
      out.mark = q >= 0 ? q + 3 : n
    }
    return q >= 0 ? q + 3 : -1
  }
  if (c === 0x5b) {
    let k = 1
    while (k < CDATA.length && t.charCodeAt(p + k) === CDATA.charCodeAt(k)) {
      k++
    }
    if (k < CDATA.length) {
      return skipMarkup(t, p, p + k, out)
    }
    const from = p + k
    const q = t.indexOf(']]>', from)
    if (q >= 0 || from < n) {
      out.textFrom = from
      out.textTo = q >= 0 ? q : n
      out.mark = q >= 0 ? q + 3 : n
    }
    return q >= 0 ? q + 3 : -1
  }
  const end = t.startsWith('DOCTYPE', p) ? doctypeEnd(t, p + 7) : -1
  if (end >= 0) {
    return (out.mark = end)
  }
  return skipMarkup(t, p, p + 1, out)
}

/**
 * Skips markup that ends at the first `>` at or after `from` (a processing instruction, a
 * declaration, `<//…>`). When the text ends first, htmlparser2 kept the markup from `textFrom`
 * on as text. Returns the offset after the `>`, or -1.
 */
export function skipMarkup(t: string, textFrom: number, from: number, out: Skipped): number {
  const gt = t.indexOf('>', from)
  out.textFrom = -1
  if (gt >= 0) {
    return (out.mark = gt + 1)
  }
  out.mark = -1
  if (textFrom < t.length) {
    out.textFrom = textFrom
    out.textTo = out.mark = t.length
  }
  return -1
}

/**
 * The offset after a `<!DOCTYPE …>` whose `DOCTYPE` ends at `from`, skipping quoted literals and
 * the internal subset `[ … ]` (with its `<!ENTITY …>` declarations and comments); -1 if it has no
 * end. htmlparser2 ended it at the first `>`, inside the subset, and read the rest of the subset
 * as text; at the top level, where a DOCTYPE stands, that text was dropped all the same.
 */
export function doctypeEnd(t: string, from: number): number {
  for (let i = from; i < t.length; i++) {
    const c = t.charCodeAt(i)
    if (c === 0x3e) {
      return i + 1
    }
    if (c === 0x22 || c === 0x27) {
      i = t.indexOf(c === 0x22 ? '"' : "'", i + 1)
    } else if (c === 0x5b) {
      i = subsetEnd(t, i + 1)
    }
    if (i < 0) {
      return -1
    }
  }
  return -1
}
