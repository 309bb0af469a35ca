import { describe, expect, it } from 'vitest'
import { porterStem } from './stem.js'
import { bigrams, keyTerms, passageStems } from './terms.js'

describe('porterStem', () => {
  it('follows the Porter rules on the classic examples', () => {
    const cases: Record<string, string> = {
      caresses: 'caress',
      ponies: 'poni',
      cats: 'cat',
      feed: 'feed',
      agreed: 'agre',
      plastered: 'plaster',
      motoring: 'motor',
      sing: 'sing',
      conflated: 'conflat',
      hopping: 'hop',
      falling: 'fall',
      filing: 'file',
      happy: 'happi',
      relational: 'relat',
      conditional: 'condit',
      generalization: 'gener',
      electrical: 'electr',
      adjustment: 'adjust',
      controllers: 'control',
      sockets: 'socket',
      yielding: 'yield',
    }
    for (const [word, stem] of Object.entries(cases)) {
      expect(porterStem(word), word).toBe(stem)
    }
  })

  it('leaves short words and non-ASCII words alone', () => {
    expect(porterStem('as')).toBe('as')
    expect(porterStem('电池')).toBe('电池')
  })
})

describe('keyTerms', () => {
  it('drops boilerplate, stop words and numbers, and stems what is left', () => {
    const terms = keyTerms(
      'wherein said controller is configured to balance the charge of 4 battery cells (10a), the second cells comprising lithium-ion cells',
    )
    expect(terms.map((t) => t.stem)).toEqual([
      'control',
      'balanc',
      'charg',
      'batteri',
      'cell',
      'lithium',
      'ion',
    ])
    expect(terms.find((t) => t.stem === 'cell')).toMatchObject({ surface: 'cells', count: 3 })
  })

  it('folds case and diacritics', () => {
    expect(keyTerms('Résumé DÉTECTEUR').map((t) => t.surface)).toEqual(['resume', 'detecteur'])
  })

  it('makes Chinese claims into character bigrams without boilerplate', () => {
    const stems = keyTerms('一种电池管理系统，其特征在于，所述系统包括温度传感器').map(
      (t) => t.stem,
    )
    expect(stems).toEqual(expect.arrayContaining(['电池', '池管', '管理', '系统', '温度', '传感']))
    expect(stems).not.toContain('所述')
    expect(stems).not.toContain('特征')
    expect(stems.every((s) => s.length === 2 && !/[的所]/u.test(s))).toBe(true)
  })

  it('cuts Japanese claims at hiragana', () => {
    const stems = keyTerms('前記制御装置は、モータを駆動する').map((t) => t.stem)
    expect(stems).toEqual(['制御', '御装', '装置', 'モー', 'ータ', '駆動'])
  })
})

describe('passageStems', () => {
  it('holds every word stem and every CJK bigram', () => {
    const stems = passageStems('The controllers were charging. 电池组的温度')
    expect([...stems]).toEqual(
      expect.arrayContaining(['the', 'control', 'were', 'charg', '电池', '池组', '组的', '温度']),
    )
    expect(bigrams('电池组')).toEqual(['电池', '池组'])
  })
})
