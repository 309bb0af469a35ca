import { describe, expect, it } from 'vitest'
import { splitRule, type ContainerKind } from './container.js'
import { DocumentSplitter, type DocumentChunk } from './splitter.js'

const encode = (s: string): Uint8Array => new TextEncoder().encode(s)
const decode = (b: Uint8Array): string => new TextDecoder().decode(b)

/** Feeds `bytes` in chunks of `size` bytes and collects every document. */
function split(kind: ContainerKind, bytes: Uint8Array, size = bytes.length): DocumentChunk[] {
  const s = new DocumentSplitter(splitRule(kind))
  const out: DocumentChunk[] = []
  for (let i = 0; i < bytes.length; i += Math.max(size, 1)) {
    out.push(...s.push(bytes.subarray(i, i + size)))
  }
  return [...out, ...s.end()]
}

/** Every document's text and offset; offsets are checked against the input's own bytes. */
function cut(kind: ContainerKind, text: string, size?: number): [string, number][] {
  const bytes = encode(text)
  return split(kind, bytes, size).map((d) => {
    expect(bytes.subarray(d.offset, d.offset + d.bytes.length)).toEqual(d.bytes)
    return [decode(d.bytes), d.offset]
  })
}

const CHUNK_SIZES = [1, 2, 3, 5, 7, 13, 64, 100_000]

describe('DocumentSplitter: xml-declarations', () => {
  // Multi-byte characters make byte offsets differ from string offsets.
  const a = '<?xml version="1.0"?>\n<doc>Ünïcödé — a</doc>\n'
  const b = '<?xml version="1.0"?>\n<doc>b 日本</doc>\n'
  const c = '<?xml version="1.0"?>\n<doc>c</doc>\n'
  const file = `${a}${b}${c}\n  \n`

  it.each(CHUNK_SIZES)('cuts the same documents at exact byte offsets (chunks of %i)', (size) => {
    expect(cut('xml-declarations', file, size)).toEqual([
      [a, 0],
      [b, encode(a).length],
      [`${c}\n  \n`, encode(a + b).length],
    ])
  })

  it('finds a marker split across two chunks', () => {
    const bytes = encode(`${a}${b}`)
    const at = encode(a).length + 2 // inside "<?xml" of the second document
    const s = new DocumentSplitter(splitRule('xml-declarations'))
    expect(s.push(bytes.subarray(0, at))).toEqual([])
    const docs = [...s.push(bytes.subarray(at)), ...s.end()]
    expect(docs.map((d) => [decode(d.bytes), d.offset])).toEqual([
      [a, 0],
      [b, encode(a).length],
    ])
  })

  it('ignores a blank tail and a marker that is not at a line start', () => {
    const text = `${a}<doc>text <?xml inside</doc>\n`
    expect(cut('xml-declarations', text).map(([t]) => t)).toEqual([text])
    const s = new DocumentSplitter(splitRule('xml-declarations'))
    s.push(encode('\n \r\n\t'))
    expect(s.end()).toEqual([])
  })

  it.each(CHUNK_SIZES)(
    'keeps an <?xml-stylesheet?> line inside its document (CNIPA files; chunks of %i)',
    (size) => {
      const styled =
        '<?xml version="1.0"?>\n<?xml-stylesheet type="text/xsl" href="x.xsl"?>\n<cn>x</cn>\n'
      expect(cut('xml-declarations', `${styled}${b}`, size)).toEqual([
        [styled, 0],
        [b, encode(styled).length],
      ])
    },
  )
})

describe('DocumentSplitter: aps', () => {
  const one = 'PATN\nWKU  039373754\nTTL  Bumper support\n      PATN is a word here\n'
  const two = 'PATN  \r\nWKU  043479030\r\nNAM  PATNAIK; Raj\r\n'
  const file = `HHHHHT  APS1 header\n${one}${two}`

  it.each(CHUNK_SIZES)('splits at whole PATN lines only (chunks of %i)', (size) => {
    expect(cut('aps', file, size)).toEqual([
      ['HHHHHT  APS1 header\n', 0],
      [one, 20],
      [two, 20 + one.length],
    ])
  })

  it('keeps a PATN line at the very end of the input as a new document', () => {
    expect(cut('aps', `${one}PATN`).map(([t]) => t)).toEqual([one, 'PATN'])
  })
})

describe('DocumentSplitter: brs', () => {
  const doc = (n: string) =>
    `0920458${n}\tB2\t20151201\t1367609${n}\t43247\nTitle ${n}\n*** BRS DOCUMENT BOUNDARY ***\n` +
    `WKU 0920458${n}\nTTL Title ${n}\n      *** BRS DOCUMENT BOUNDARY *** quoted\nDSRC US\n`
  const file = `${doc('1')}${doc('2')}${doc('3')}`

  it.each(CHUNK_SIZES)('starts each document at its summary line (chunks of %i)', (size) => {
    const len = doc('1').length
    expect(cut('brs', file, size)).toEqual([
      [doc('1'), 0],
      [doc('2'), len],
      [doc('3'), 2 * len],
    ])
  })

  it('handles CRLF line ends', () => {
    const crlf = file.replace(/\n/g, '\r\n')
    expect(cut('brs', crlf, 7).map(([t]) => t)).toEqual(
      [doc('1'), doc('2'), doc('3')].map((d) => d.replace(/\n/g, '\r\n')),
    )
  })
})
