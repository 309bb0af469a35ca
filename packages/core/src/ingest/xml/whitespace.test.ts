import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { collapseWhitespace, LineCollector } from './whitespace.js'

describe('collapseWhitespace', () => {
  it('collapses runs and trims', () => {
    expect(collapseWhitespace('  a \n\t b ')).toBe('a b')
    expect(collapseWhitespace('a b')).toBe('a b')
    expect(collapseWhitespace('')).toBe('')
    expect(collapseWhitespace(' \n ')).toBe('')
    expect(collapseWhitespace('x\u00a0\u2009y\u3000')).toBe('x y')
  })

  it('equals replace(/\\s+/g, " ").trim() on any text', () => {
    const chars = fc.constantFrom(
      'a',
      'b',
      ' ',
      '\n',
      '\t',
      '\r',
      '\u00a0',
      '\u2009',
      '\u0001',
      '\ufeff',
      'é',
    )
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 30 }), (parts) => {
        const s = parts.join('')
        expect(collapseWhitespace(s)).toBe(s.replace(/\s+/g, ' ').trim())
      }),
    )
  })
})

describe('LineCollector', () => {
  it('collapses across pieces and drops empty lines', () => {
    const lines = new LineCollector()
    lines.add(' The  wid')
    lines.add('get\n ')
    lines.add(' is blue. ')
    lines.endLine()
    lines.add(' \n ')
    lines.endLine()
    lines.add('Next')
    expect(lines.join()).toBe('The widget is blue.\nNext')
  })

  it('equals collapseWhitespace of each line on any pieces', () => {
    const piece = fc.array(fc.constantFrom('a', 'b', ' ', '\n', '\t', '\u00a0', '\u0001'), {
      maxLength: 8,
    })
    const line = fc.array(
      piece.map((p) => p.join('')),
      { maxLength: 5 },
    )
    fc.assert(
      fc.property(fc.array(line, { maxLength: 5 }), (input) => {
        const lines = new LineCollector()
        for (const pieces of input) {
          pieces.forEach((p) => lines.add(p))
          lines.endLine()
        }
        const expected = input.map((pieces) => collapseWhitespace(pieces.join(''))).filter(Boolean)
        expect(lines.join()).toBe(expected.join('\n'))
      }),
    )
  })
})
