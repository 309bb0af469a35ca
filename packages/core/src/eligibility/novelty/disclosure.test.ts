import { describe, expect, it } from 'vitest'
import { splitClaims } from '../claim-text.js'
import { hintElements } from '../novelty-hints.js'
import { rankHints, scoreDisclosure } from './disclosure.js'
import { buildCandidateQuery, candidateQueryText, elementTerms } from './query.js'
import type { HintDocument } from './types.js'

const CLAIM =
  '1. A legged robot comprising: a lithium-ion battery having cells; a controller balancing the charge of the cells; and a torque sensor on each leg joint.'
const elements = elementTerms(hintElements(splitClaims(CLAIM)[0]!))

function doc(id: string, texts: HintDocument['texts']): HintDocument {
  return { publicationNumber: id, title: texts.title, date: '2015-01-06', texts }
}

const FULL = doc('US-1-B2', {
  title: 'Legged robot with battery balancing',
  abstract: 'A legged robot carries a lithium-ion battery with several cells.',
  claims: '1. A robot comprising a controller that balances the charge of the battery cells.',
  description:
    'Each leg joint has a torque sensor. The controllers balanced the charges of all cells.',
})
const NO_SENSOR = doc('US-2-B2', {
  title: 'Battery balancing for robots',
  abstract: 'A legged robot has a lithium-ion battery made of cells.',
  description: 'A controller balances the charge of the cells.',
})

describe('hint elements and the candidate query', () => {
  it('maps the preamble as element 0 and the body elements after it', () => {
    expect(elements.map((e) => [e.element.index, e.terms.map((t) => t.surface)])).toEqual([
      [0, ['legged', 'robot']],
      [1, ['lithium', 'ion', 'battery', 'cells']],
      [2, ['controller', 'balancing', 'charge', 'cells']],
      [3, ['torque', 'sensor', 'leg', 'joint']],
    ])
  })

  it('weighs rare terms first and drops terms no document holds', () => {
    const df = new Map([
      ['robot', 50],
      ['torqu', 2],
      ['cell', 40],
      ['lithium', 0],
    ])
    const query = buildCandidateQuery(elements, {
      documentFrequency: df,
      totalDocuments: 100,
      maxTerms: 3,
    })
    // lithium (df 0) and the terms left out of the map are dropped: the index cannot find them.
    expect(candidateQueryText(query)).toBe('torque OR cells OR robot')
    expect(query.terms[0]!.weight).toBeGreaterThan(query.terms[1]!.weight)
  })

  it('without frequencies takes every element’s best term, then the longest words', () => {
    const query = buildCandidateQuery(elements, { maxTerms: 5 })
    expect(query.terms).toHaveLength(5)
    const from = new Set(query.terms.flatMap((t) => t.elements))
    expect([...from].sort()).toEqual([0, 1, 2, 3])
    expect(query.terms[0]!.surface).toBe('controller')
  })
})

describe('scoreDisclosure', () => {
  it('a document that discloses every element scores all yes', () => {
    const hint = scoreDisclosure(elements, FULL)
    expect(hint.elements.map((e) => e.status)).toEqual(['yes', 'yes', 'yes', 'yes'])
    expect(hint).toMatchObject({ coveredElements: 4, totalElements: 4, score: 1 })
    const sensor = hint.elements[3]!
    expect(sensor.evidence).toEqual({
      field: 'description',
      text: 'Each leg joint has a torque sensor.',
    })
    expect(sensor.matchedTerms).toEqual(['torque', 'sensor', 'leg', 'joint'])
  })

  it('a document missing an element shows it no, with the missing terms', () => {
    const hint = scoreDisclosure(elements, NO_SENSOR)
    const sensor = hint.elements[3]!
    expect(sensor.status).toBe('no')
    expect(sensor.missingTerms).toEqual(['torque', 'sensor', 'joint'])
    expect(hint.elements.slice(0, 3).every((e) => e.status === 'yes')).toBe(true)
    expect(hint.coveredElements).toBe(3)
  })

  it('partly between the thresholds', () => {
    const half = doc('US-3-B2', { abstract: 'A torque wrench for a bicycle.' })
    const hint = scoreDisclosure(elements, half)
    expect(hint.elements[3]).toMatchObject({ status: 'no', coverage: 0.25 })
    const two = scoreDisclosure(elements, doc('US-4-B2', { abstract: 'A torque sensor.' }))
    expect(two.elements[3]).toMatchObject({ status: 'partly', coverage: 0.5 })
  })

  it('cuts long evidence around the first match', () => {
    const long = `${'Filler words about nothing in particular. '.repeat(3).replace(/\. /gu, ', ')}${'x '.repeat(200)}the torque sensor sits on the leg joint.`
    const hint = scoreDisclosure(elements, doc('US-5-B2', { description: long }))
    const text = hint.elements[3]!.evidence!.text
    expect(text.length).toBeLessThanOrEqual(302)
    expect(text.startsWith('…')).toBe(true)
    expect(text).toContain('torque sensor')
  })

  it('ranks by elements disclosed, then score', () => {
    const ranked = rankHints([
      scoreDisclosure(elements, NO_SENSOR),
      scoreDisclosure(elements, FULL),
    ])
    expect(ranked.map((h) => h.publicationNumber)).toEqual(['US-1-B2', 'US-2-B2'])
  })
})

describe('evidence sentences', () => {
  it('does not end a sentence after FIG. or No.', () => {
    const d = doc('US-6-B2', {
      description:
        'As shown in FIG. 3, the torque sensor of U.S. Pat. No. 5 sits on the leg joint. Next.',
    })
    expect(scoreDisclosure(elements, d).elements[3]!.evidence?.text).toBe(
      'As shown in FIG. 3, the torque sensor of U.S. Pat. No. 5 sits on the leg joint.',
    )
  })
})
