import { describe, expect, it } from 'vitest'
import { loadKnowledgeBase } from '../rules/jurisdictions/knowledge-base.js'
import { annuitySchedule } from './annuity-schedule.js'
import { createPlanningData, loadPlanningData, RAW_PLANNING_DATA } from './planning-data.js'
import { plannableOffices } from './plan-input.js'

const kb = loadKnowledgeBase()
const data = loadPlanningData()

describe('planner data files', () => {
  it('validate, and a broken file names itself and the field', () => {
    expect(data.costs.ep.defaultStates.length).toBeGreaterThan(0)
    const broken = {
      ...RAW_PLANNING_DATA,
      litigation: { indicator: 'x suits', unit: 'n', values: { US: { value: -1 } } },
    }
    expect(() => createPlanningData(broken)).toThrow(
      /planner data is invalid: litigation\.json: values\.US\.value/,
    )
  })

  it('give every figure a dated source and a status; non-unverified figures have an address', () => {
    const facts = [
      ...Object.values(data.marketSize.values),
      ...Object.values(data.litigation.values),
      ...Object.values(data.costs.offices).flatMap((o) => [
        o.pendencyYears,
        o.officeActions,
        ...o.fees,
        ...(o.annuities ? [o.annuities] : []),
      ]),
      ...data.costs.pct.fees,
      ...Object.values(data.costs.ep.states).flatMap((s) => [
        ...s.fees,
        ...(s.annuities ? [s.annuities] : []),
      ]),
      ...data.translationRates.rates,
    ]
    for (const f of facts) {
      expect(f.source.citation.length).toBeGreaterThan(3)
      if (f.status !== 'unverified') {
        expect(f.source.urls.length, f.source.citation).toBeGreaterThan(0)
      }
    }
  })

  it('cover every plannable office: market size, litigation, costs and annuities', () => {
    for (const office of plannableOffices(kb)) {
      const regional = office === 'EP' || office === 'EA'
      expect(regional || data.marketSize.values[office] !== undefined, office).toBe(true)
      expect(regional || data.litigation.values[office] !== undefined, office).toBe(true)
      expect(data.costs.offices[office], office).toBeDefined()
      expect(annuitySchedule(kb, data, office), office).toBeDefined()
    }
    for (const state of Object.keys(data.costs.ep.states)) {
      expect(annuitySchedule(kb, data, state, 'granted'), state).toBeDefined()
      expect(data.marketSize.values[state], state).toBeDefined()
    }
  })

  it('have a translation rate for every language an office or EP state asks for', () => {
    const langs = new Set([
      ...plannableOffices(kb).map((o) => {
        const l = kb.office(o).languages.value
        return l.includes('en') ? 'en' : l[0]!
      }),
      ...Object.values(data.costs.ep.states).map((s) => s.language),
      data.costs.ep.upTranslationLanguage,
    ])
    for (const lang of langs) {
      expect(
        data.translationRates.rates.some((r) => r.item === `translation_${lang}`),
        lang,
      ).toBe(true)
    }
  })

  it('use only currencies of the dated conversion table', () => {
    const money = [
      ...Object.values(data.costs.offices).flatMap((o) => [
        ...o.fees,
        ...(o.annuities ? [o.annuities] : []),
      ]),
      ...data.costs.pct.fees,
      ...Object.values(data.costs.ep.states).flatMap((s) => [
        ...s.fees,
        ...(s.annuities ? [s.annuities] : []),
      ]),
      ...data.translationRates.rates,
    ]
    for (const m of money) {
      expect(kb.currencies.rates[m.currency], m.currency).toBeGreaterThan(0)
    }
  })
})
