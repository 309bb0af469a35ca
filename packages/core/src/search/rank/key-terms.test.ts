import { describe, expect, it } from 'vitest'
import { extractKeyTerms, leadingTitle } from './key-terms.js'

const weightOf = (text: string, form: string, titleWeight: number): number | undefined =>
  extractKeyTerms(text, { titleWeight, bigramWeight: 0.5 }).concepts.find(
    (c) => c.forms[0]?.text === form,
  )?.weight

describe('leadingTitle', () => {
  it('reads a short first line followed by more text as the title', () => {
    expect(leadingTitle('Ultrasonic probe drive\nA probe is oscillated by a crank.')).toBe(
      'Ultrasonic probe drive',
    )
  })

  it('ignores text without a line break, a long first line, or a line with nothing after it', () => {
    expect(leadingTitle('A probe is oscillated by a crank shaft.')).toBeUndefined()
    expect(leadingTitle(`${'word '.repeat(31)}\nrest`)).toBeUndefined()
    expect(leadingTitle('Only a title\n   \n')).toBeUndefined()
  })
})

describe('extractKeyTerms title weight', () => {
  const text = 'Crank drive for a transducer\nThe motor turns a crank; the crank moves the probe.'

  it('multiplies words and word pairs of the title line', () => {
    expect(weightOf(text, 'transducer', 2)).toBeCloseTo(2 * weightOf(text, 'transducer', 1)!)
    expect(weightOf(text, 'crank drive', 2)).toBeCloseTo(2 * weightOf(text, 'crank drive', 1)!)
  })

  it('leaves words outside the title alone', () => {
    expect(weightOf(text, 'motor', 2)).toBeCloseTo(weightOf(text, 'motor', 1)!)
    expect(weightOf(text, 'probe', 3)).toBeCloseTo(weightOf(text, 'probe', 1)!)
  })

  it('changes nothing for prose without a title line', () => {
    const prose = 'The motor turns a crank and the crank moves the transducer.'
    expect(extractKeyTerms(prose, { titleWeight: 2 })).toEqual(extractKeyTerms(prose))
  })
})
