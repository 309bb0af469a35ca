import { describe, expect, it } from 'vitest'
import { crossLanguageQuery, semanticWeight } from './search-understanding.js'

describe('crossLanguageQuery', () => {
  it('translates Chinese prose, leaves English and the Boolean language alone', async () => {
    const q = await crossLanguageQuery('一种超聲波探頭，包括壓電換能器', 'auto')
    expect(q?.language).toBe('zh')
    expect(q?.concepts.map((c) => c.origin)).toEqual(expect.arrayContaining(['压电', '换能器']))
    expect(await crossLanguageQuery('ultrasound probe', 'auto')).toBeUndefined()
    expect(await crossLanguageQuery('ti:探头 AND 压电', 'boolean')).toBeUndefined()
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
