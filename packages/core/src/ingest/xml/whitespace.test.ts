import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { collapseWhitespace } from './whitespace.js'

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
