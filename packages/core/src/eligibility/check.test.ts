import { describe, expect, it } from 'vitest'
import { ChuhaiError } from '../errors.js'
import { checkEligibility } from './check.js'
import { claimElements, hintElements } from './novelty-hints.js'
import { splitClaims } from './claim-text.js'

const CLAIMS = [
  '1. A computer-implemented method of scoring loan applicants, comprising: receiving applicant data; computing a credit score with a trained model; and displaying the score.',
  '2. The method of claim 1, wherein the applicant data comprise images of the applicant captured by a camera and the model controls a door lock of the branch office.',
  '3. A robot comprising a camera, joint motors and a processor configured to control the joint motors from the camera images.',
].join('\n')

describe('checkEligibility', () => {
  it('reports every requested office in order, with the weakest independent claim as decisive', () => {
    const report = checkEligibility({ claims: CLAIMS, jurisdictions: ['EP', 'US'] })
    expect(report.jurisdictions.map((j) => j.jurisdiction)).toEqual(['EP', 'US'])
    const us = report.jurisdictions[1]!
    expect(us.claim).toBe(1)
    expect(us.verdict).toBe('ineligible')
    expect(us.claims.map((c) => [c.claim, c.independent, c.verdict])).toEqual([
      [1, true, 'ineligible'],
      [2, false, 'eligible'],
      [3, true, 'eligible'],
    ])
  })

  it('quotes claim words with offsets into the claim they come from', () => {
    const report = checkEligibility({
      claims: CLAIMS,
      jurisdictions: ['US', 'EP', 'CN', 'JP', 'KR', 'UK'],
    })
    for (const j of report.jurisdictions) {
      for (const item of [
        ...j.steps.flatMap((s) => s.evidence),
        ...j.risks.flatMap((r) => r.evidence),
      ]) {
        const claim = report.claims.find((c) => c.number === (item.claim ?? 1))!
        expect(claim.text.slice(item.start, item.end)).toBe(item.text)
      }
    }
  })

  it('renders every text in Chinese with lang zh, and keeps verdicts language-independent', () => {
    const en = checkEligibility({ claims: CLAIMS })
    const zh = checkEligibility({ claims: CLAIMS, lang: 'zh' })
    expect(zh.jurisdictions.map((j) => j.verdict)).toEqual(en.jurisdictions.map((j) => j.verdict))
    const texts = zh.jurisdictions.flatMap((j) => [
      j.office,
      j.verdictLabel,
      ...j.steps.flatMap((s) => [s.title, s.finding]),
      ...j.risks.map((r) => r.text),
      ...j.suggestions.map((s) => s.text),
    ])
    for (const text of texts) {
      expect(text, text).toMatch(/[\u4e00-\u9fff]/u)
    }
    expect(zh.disclaimer).toMatch(/不构成法律意见/u)
  })

  it('flags a missing training-data disclosure unless the description describes the training data', () => {
    const claims =
      '1. A method of controlling a robot arm, comprising: capturing an image with a camera; and moving the arm to the object detected by a trained neural network.'
    const without = checkEligibility({ claims, jurisdictions: ['EP'] }).jurisdictions[0]!
    expect(without.risks.map((r) => r.id)).toContain('no-training-data')
    const withDescription = checkEligibility({
      claims,
      jurisdictions: ['EP'],
      description:
        'The network is trained on a training set of 20 000 labelled images of parts, augmented by rotation.',
    }).jurisdictions[0]!
    expect(withDescription.risks.map((r) => r.id)).not.toContain('no-training-data')
  })

  it('analyses a lone dependent claim on its own words and says the parent is missing', () => {
    const report = checkEligibility({
      claims: 'The method of claim 1, wherein the treatment is 5 mg of compound X.',
      jurisdictions: ['US'],
    })
    const us = report.jurisdictions[0]!
    expect(us.verdict).toBe('eligible')
    expect(us.risks.map((r) => r.id)).toContain('parent-missing')
  })

  it('refuses an empty claims text with ELIGIBILITY_NO_CLAIMS', () => {
    expect(() => checkEligibility({ claims: ' \n ' })).toThrow(ChuhaiError)
    try {
      checkEligibility({ claims: '' })
    } catch (error) {
      expect((error as ChuhaiError).code).toBe('ELIGIBILITY_NO_CLAIMS')
    }
  })
})

describe('claimElements (novelty-hint hook)', () => {
  it('splits the body of a claim into its elements', () => {
    const [claim] = splitClaims(
      '1. A robot comprising: (a) a camera; (b) joint motors; and (c) a processor.',
    )
    expect(claimElements(claim!).map((e) => e.text)).toEqual([
      'a camera',
      'joint motors',
      'a processor.',
    ])
  })
})

describe('hintElements', () => {
  it('puts the preamble first and drops the bare "and" left between separators', () => {
    const [claim] = splitClaims(
      '1. A wheeled hand truck comprising:\n(a) a footplate;\n(b) a flange; and\n(c) a socket.',
    )
    expect(hintElements(claim!).map((e) => [e.index, e.text])).toEqual([
      [0, 'wheeled hand truck'],
      [1, 'a footplate'],
      [2, 'a flange'],
      [3, 'a socket.'],
    ])
  })
})
