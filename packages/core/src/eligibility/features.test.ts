import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  evidenceOf,
  extractChainFeatures,
  extractFeatures,
  maskEditorialNotes,
} from './features.js'
import { LEXICONS } from './lexicon/index.js'
import { FEATURE_CATEGORIES } from './types.js'

describe('extractFeatures', () => {
  it('keeps the claim words and offsets that triggered each match', () => {
    const text =
      'A method comprising: receiving an image from a camera; and controlling a motor of the robot.'
    const f = extractFeatures(text)
    for (const m of f.matches) {
      expect(text.slice(m.start, m.end)).toBe(m.text)
    }
    const found = f.matches.map((m) => [m.category, m.text])
    expect(found).toEqual(
      expect.arrayContaining([
        ['physical-input', 'image'],
        ['specific-hardware', 'camera'],
        ['physical-output', 'controlling'],
        ['specific-hardware', 'motor'],
      ]),
    )
  })

  it('lets the longer term win an overlap (an image sensor is neither an image nor generic memory)', () => {
    const f = extractFeatures('an image sensor writes to a cache memory')
    expect(f.matches.map((m) => [m.category, m.text])).toEqual([
      ['specific-hardware', 'image sensor'],
      ['computer-improvement', 'cache memory'],
    ])
  })

  it('matches Chinese, Japanese and Korean vocabulary as substrings', () => {
    const f = extractFeatures('根据用户的消费额度进行返利；画像を処理する；센서 데이터를 수집')
    const categories = new Set(f.matches.map((m) => m.category))
    expect(categories).toEqual(new Set(['business', 'physical-input']))
  })

  it('marks matches in the preamble', () => {
    const f = extractFeatures(
      'A method of training a neural network, comprising: sending a price to a customer.',
    )
    expect(f.matches.find((m) => m.text === 'neural network')?.inPreamble).toBe(true)
    expect(f.matches.find((m) => m.text === 'price')?.inPreamble).toBe(false)
  })

  it('blanks editorial notes without moving offsets', () => {
    const raw =
      '[Paraphrase; verbatim claim not retrieved] A robot [... remainder not retrieved: with a motor]'
    const masked = maskEditorialNotes(raw)
    expect(masked).toHaveLength(raw.length)
    expect(masked).not.toMatch(/Paraphrase|remainder/u)
    expect(masked.indexOf('A robot')).toBe(raw.indexOf('A robot'))
  })

  it('reports evidence offsets relative to the claim the words come from', () => {
    const f = extractChainFeatures([
      { claim: 1, text: 'A method comprising receiving data.' },
      { claim: 2, text: 'The method of claim 1, wherein the data is an image.' },
    ])
    const [image] = evidenceOf(f, 'physical-input')
    expect(image).toMatchObject({ claim: 2, text: 'image' })
    expect(
      'The method of claim 1, wherein the data is an image.'.slice(image!.start, image!.end),
    ).toBe('image')
  })

  it('keeps offsets when brackets are blanked: a match spans the same characters of the input', () => {
    const text = 'control of [0'
    const f = extractFeatures(text)
    expect(f.text).toBe('control of  0')
    expect(f.matches.length).toBeGreaterThan(0)
    for (const m of f.matches) {
      expect(m.text).toBe(f.text.slice(m.start, m.end))
      expect(text.slice(m.start, m.end).replace(/[[\]]/gu, ' ')).toBe(m.text)
    }
  })

  it('property: every match slices to its own text, and scores are never negative', () => {
    const terms = FEATURE_CATEGORIES.flatMap((c) =>
      LEXICONS[c].entries.flatMap((e) => [...(e.en ?? []), ...(e.zh ?? [])]),
    ).map((t) => t.replace(/\*/gu, 'ing').replace(/ \S*ing /gu, ' x '))
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...terms), fc.string()), { maxLength: 12 }),
        (parts) => {
          const text = parts.join(' ')
          const f = extractFeatures(text)
          // Matches slice the analysed text (editorial notes and brackets blanked), whose
          // offsets are the input's: masking never moves a character.
          return (
            f.text.length === text.length &&
            f.matches.every((m) => f.text.slice(m.start, m.end) === m.text && m.end > m.start) &&
            Object.values(f.scores).every((v) => v >= 0)
          )
        },
      ),
      { numRuns: 200 },
    )
  })
})

describe('lexicons', () => {
  it('every entry has English and Chinese terms, a unique id and a sane weight', () => {
    for (const category of FEATURE_CATEGORIES) {
      const lexicon = LEXICONS[category]
      expect(lexicon.category).toBe(category)
      expect(lexicon.version).toMatch(/^\d{4}\.\d+$/u)
      const ids = lexicon.entries.map((e) => e.id)
      expect(new Set(ids).size).toBe(ids.length)
      for (const e of lexicon.entries) {
        expect(
          (e.en?.length ?? 0) + (e.enPatterns?.length ?? 0),
          `${category}.${e.id} en`,
        ).toBeGreaterThan(0)
        expect(e.zh?.length ?? 0, `${category}.${e.id} zh`).toBeGreaterThan(0)
        expect([0.25, 0.5, 1]).toContain(e.weight ?? 1)
      }
    }
  })
})
