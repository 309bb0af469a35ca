import { describe, expect, it } from 'vitest'
import { crossLanguageUnderstanding, semanticWeight } from './search-understanding.js'

describe('crossLanguageUnderstanding', () => {
  it('translates Chinese prose and keeps the Simplified words as forms; English stays as written', async () => {
    const q = await crossLanguageUnderstanding('一种超聲波探頭，包括壓電換能器')
    expect(q?.language).toBe('zh')
    expect(q?.concepts.map((c) => c.origin)).toEqual(expect.arrayContaining(['压电', '换能器']))
    const transducer = q?.concepts.find((c) => c.origin === '换能器')
    const forms = transducer?.forms.map((f) => f.text) ?? []
    expect(forms).toContain('换能器')
    expect(forms.some((f) => /transducer/u.test(f))).toBe(true)
    expect(await crossLanguageUnderstanding('ultrasound probe')).toBeUndefined()
  })
})

describe('semanticWeight', () => {
  it('defaults to the measured weight and validates the variable', () => {
    expect(semanticWeight({})).toBe(0)
    expect(semanticWeight({ CHUHAI_SEMANTIC_WEIGHT: '0.3' })).toBe(0.3)
    expect(() => semanticWeight({ CHUHAI_SEMANTIC_WEIGHT: '2' })).toThrow(
      /CHUHAI_SEMANTIC_WEIGHT must be a number from 0 to 1, got "2"/,
    )
  })
})
