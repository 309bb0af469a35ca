/**
 * Windows-1252 characters for the C1 code points 0x80–0x9F (0 = kept as is): what htmlparser2 (and
 * the HTML spec) put for `&#150;` and the like, which old documents mean as Windows-1252.
 */
const C1 = [
  0x20ac, 0, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0,
  0x17d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a,
  0x153, 0, 0x17e, 0x178,
]

/** Where the reference read by the last successful `reference` call ends. */
let referenceEnd = 0

/**
 * Decodes the character and predefined entity references in slices of one XML text: `&#8212;`,
 * `&#x2014;` (also `&#X…;`) and `&amp;` `&lt;` `&gt;` `&quot;` `&apos;`, each only with its `;`.
 * Anything else, other named entities included, stays as written, exactly as htmlparser2 does in
 * XML mode. Code point 0, surrogates and values past U+10FFFF become U+FFFD; 0x80–0x9F are read as
 * Windows-1252.
 *
 * Slices must be asked for in increasing order: the decoder remembers where the next `&` is, so
 * that finding it costs one scan of the whole text, not one per slice.
 *
 * @example new ReferenceDecoder('a &lt;b&gt; &mdash;').slice(0, 19) // 'a <b> &mdash;'
 */
export class ReferenceDecoder {
  readonly #text: string
  /** Offset of the next `&` at or after the last slice start; the text length when none. */
  #amp = -1

  constructor(text: string) {
    this.#text = text
  }

  /** The decoded text between `from` and `to`. */
  slice(from: number, to: number): string {
    const t = this.#text
    let amp = this.#amp
    if (amp < from) {
      amp = t.indexOf('&', from)
      this.#amp = amp = amp < 0 ? t.length : amp
    }
    if (amp >= to) {
      return t.slice(from, to)
    }
    let out = ''
    let last = from
    while (amp < to) {
      const value = reference(t, amp, to)
      if (value === undefined) {
        amp++
      } else {
        out += t.slice(last, amp) + value
        amp = last = referenceEnd
      }
      amp = t.indexOf('&', amp)
      if (amp < 0) {
        amp = t.length
      }
    }
    this.#amp = amp
    return out + t.slice(last, to)
  }
}

/** The value of the reference whose `&` is at `amp` and that ends before `to`, if it is one. */
function reference(t: string, amp: number, to: number): string | undefined {
  switch (t.charCodeAt(amp + 1)) {
    case 0x23:
      return numeric(t, amp + 2, to)
    case 0x61:
      return t.charCodeAt(amp + 2) === 0x6d
        ? named(t, amp, to, 'amp;', '&')
        : named(t, amp, to, 'apos;', "'")
    case 0x6c:
      return named(t, amp, to, 'lt;', '<')
    case 0x67:
      return named(t, amp, to, 'gt;', '>')
    case 0x71:
      return named(t, amp, to, 'quot;', '"')
    default:
      return undefined
  }
}

function named(
  t: string,
  amp: number,
  to: number,
  name: string,
  value: string,
): string | undefined {
  const end = amp + 1 + name.length
  if (end > to || !t.startsWith(name, amp + 1)) {
    return undefined
  }
  referenceEnd = end
  return value
}

/** A numeric reference after its `&#`: decimal, or hexadecimal after `x`/`X`. */
function numeric(t: string, from: number, to: number): string | undefined {
  const hex = (t.charCodeAt(from) | 0x20) === 0x78
  const start = hex ? from + 1 : from
  let p = start
  let cp = 0
  for (; p < to; p++) {
    const c = t.charCodeAt(p)
    if (c >= 0x30 && c <= 0x39) {
      cp = cp * (hex ? 16 : 10) + c - 0x30
    } else if (hex && (c | 0x20) >= 0x61 && (c | 0x20) <= 0x66) {
      cp = cp * 16 + (c | 0x20) - 0x57
    } else {
      break
    }
  }
  if (p === start || p >= to || t.charCodeAt(p) !== 0x3b) {
    return undefined
  }
  referenceEnd = p + 1
  if (cp === 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
    return '\ufffd'
  }
  if (cp >= 0x80 && cp <= 0x9f) {
    cp = C1[cp - 0x80] || cp
  }
  return String.fromCodePoint(cp)
}
