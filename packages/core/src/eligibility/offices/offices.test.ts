import { describe, expect, it } from 'vitest'
import { checkEligibility } from '../check.js'
import { isMessageKey, MESSAGES } from '../i18n/messages.js'
import { SOURCES } from '../sources.js'
import { JURISDICTIONS, type Jurisdiction, type Verdict } from '../types.js'
import { RULE_PACKS } from './registry.js'

// Claims written for these tests (not taken from any decision), one per typical situation.
const ROBOT =
  '1. A gait control method for a legged robot, comprising: acquiring joint angles from joint encoders and the body acceleration from an inertial measurement unit; estimating the terrain slope from the sensor data with a trained neural network; and driving the joint motors with target torques computed from the slope so that the robot keeps its balance.'
const INSURANCE =
  '1. A computer-implemented method of recommending insurance products, comprising: receiving customer profile data; predicting with a trained machine learning model the probability that the customer purchases each product; and displaying the products ranked by that probability.'
const TRAINING =
  '1. A computer-implemented method of training a machine learning model on a second task, comprising: computing, for each parameter of the model, a measure of its importance to a first task from a posterior approximation; and training the model on the second task with an objective function whose penalty term keeps important parameters close to their earlier values, so that the storage requirement does not grow with the number of tasks.'
const TRANSLATION =
  '1. A computer-implemented method of translating natural language text, comprising: splitting a source-language sentence into tokens; translating the tokens with a neural network into target-language words; and outputting the translated sentence.'

function verdicts(claims: string): Record<Jurisdiction, Verdict> {
  const report = checkEligibility({ claims })
  return Object.fromEntries(report.jurisdictions.map((j) => [j.jurisdiction, j.verdict])) as Record<
    Jurisdiction,
    Verdict
  >
}

describe('rule packs on claims written for the tests', () => {
  it('a robot controlled by a trained model is eligible everywhere', () => {
    expect(verdicts(ROBOT)).toEqual({
      US: 'eligible',
      EP: 'eligible',
      CN: 'eligible',
      JP: 'eligible',
      KR: 'eligible',
      UK: 'eligible',
    })
  })

  it('ML applied to a business problem with a display as output is ineligible everywhere', () => {
    expect(verdicts(INSURANCE)).toEqual({
      US: 'ineligible',
      EP: 'ineligible',
      CN: 'ineligible',
      JP: 'ineligible',
      KR: 'ineligible',
      UK: 'ineligible',
    })
  })

  it('an improvement to ML training itself passes the USPTO (Desjardins) but not the EPO test', () => {
    const v = verdicts(TRAINING)
    expect(v.US).toBe('eligible')
    expect(v.EP).toBe('ineligible')
  })

  it('translation is a linguistic purpose for the EPO, UKIPO and CNIPA', () => {
    const v = verdicts(TRANSLATION)
    expect([v.EP, v.UK, v.CN]).toEqual(['ineligible', 'ineligible', 'ineligible'])
  })

  it('JPO needs hardware resources: a pure numerical method is not an invention, the same on a computer is', () => {
    const math = '1. A method of computing a polynomial hash of a bit string by modular arithmetic.'
    expect(verdicts(math).JP).toBe('ineligible')
    const onComputer =
      '1. An apparatus comprising a processor and a memory, the processor computing a polynomial hash of a bit string stored in the memory by modular arithmetic.'
    expect(verdicts(onComputer).JP).toBe('eligible')
  })

  it('the US names the recited exception and the claim words, then integrates on a concrete network action', () => {
    const claim =
      '1. A method comprising: detecting anomalies in network traffic with a trained neural network; determining that the anomalies come from malicious packets; and dropping the malicious packets and blocking future traffic from their source address.'
    const us = checkEligibility({ claims: claim, jurisdictions: ['US'] }).jurisdictions[0]!
    expect(us.verdict).toBe('eligible')
    const prongTwo = us.steps.find((s) => s.id === 'us.step2a2')!
    expect(prongTwo.outcome).toBe('pass')
    expect(prongTwo.evidence.map((e) => e.text)).toContain('dropping the malicious packets')
  })
})

describe('rule-pack data', () => {
  it('every office has a versioned pack whose steps have titles and catalogued sources', () => {
    for (const j of JURISDICTIONS) {
      expect(RULE_PACKS[j].jurisdiction).toBe(j)
      expect(RULE_PACKS[j].version).toMatch(/^\d{4}\.\d+$/u)
      const report = checkEligibility({
        claims: ROBOT + '\n2. The method of claim 1, wherein the price is shown.',
        jurisdictions: [j],
      })
      const jr = report.jurisdictions[0]!
      for (const step of jr.steps) {
        expect(isMessageKey(`${step.id}.title`), step.id).toBe(true)
        expect(step.sources.length, step.id).toBeGreaterThan(0)
        for (const source of step.sources) {
          expect(Object.keys(SOURCES)).toContain(source.id)
          expect(['V', 'S', 'U']).toContain(source.status)
        }
      }
      for (const s of jr.suggestions) {
        expect(s.sources.length).toBeGreaterThan(0)
      }
    }
  })

  it('every message exists in English and Chinese with the same placeholders', () => {
    for (const [key, value] of Object.entries(MESSAGES)) {
      expect(value.en.trim(), key).not.toBe('')
      expect(value.zh.trim(), key).not.toBe('')
      const names = (s: string): string[] => [...s.matchAll(/\{(\w+)\}/gu)].map((m) => m[1]!).sort()
      expect(names(value.zh), key).toEqual(names(value.en))
    }
  })
})
