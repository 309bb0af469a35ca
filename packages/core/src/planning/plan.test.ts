import { describe, expect, it } from 'vitest'
import { ChuhaiError } from '../errors.js'
import { validateInvention } from './invention.js'
import { buildPlan, planFiling } from './plan.js'

const clock = { now: () => Date.parse('2025-06-01T12:00:00Z') }
const invention = validateInvention({
  title: 'Legged robot lidar',
  priorityDate: '2025-05-20',
  words: 10000,
  claims: 20,
})
const plan = buildPlan(invention, { markets: ['US', 'EP', 'JP', 'CN'] }, { clock })
const route = (r: 'paris' | 'pct') => plan.routes.find((x) => x.route === r)!

function codeOf(run: () => unknown): [string, string] {
  try {
    run()
  } catch (error) {
    expect(error).toBeInstanceOf(ChuhaiError)
    return [(error as ChuhaiError).code, (error as Error).message]
  }
  throw new Error('expected an error')
}

describe('buildPlan: routes', () => {
  it('leaves out the office of first filing with a warning', () => {
    expect(plan.markets).toEqual(['US', 'EP', 'JP'])
    expect(plan.warnings).toContain('CN is the office of first filing: left out of the comparison')
  })

  it('Paris route: entry at the end of the priority year; PCT route: at the national phase', () => {
    const us = (r: 'paris' | 'pct') => route(r).countries.find((c) => c.office === 'US')!
    expect(us('paris').entry).toBe('2026-05-20')
    expect(us('pct').entry).toBe('2027-11-22')
    const pct = route('pct').timeline
    expect(pct.find((e) => e.event === 'pct_filing')).toMatchObject({
      date: '2026-05-20',
      kind: 'decision',
      office: 'WO',
    })
    expect(
      pct.find((e) => e.event === 'national_phase' && e.office === 'US')?.amount,
    ).toBeGreaterThan(0)
    expect(
      route('paris').timeline.find((e) => e.event === 'paris_priority' && e.office === 'JP')
        ?.dateStatus,
    ).toBe('verified')
  })

  it('costs each market over its life: official, attorney, translation, annuities, all dated', () => {
    const jp = route('paris').countries.find((c) => c.office === 'JP')!
    const cats = new Set(jp.lines.map((l) => l.category))
    expect([...cats].sort()).toEqual(['annuity', 'attorney', 'official', 'translation'])
    const translation = jp.lines.find((l) => l.category === 'translation')!
    expect(translation.label).toMatch(/10,000 words into ja/)
    expect(translation.original).toMatchObject({ currency: 'USD', asOf: '2024' })
    expect(jp.lines.every((l) => l.date >= jp.entry && l.date < jp.expiry)).toBe(true)
    expect(jp.total).toBeCloseTo(jp.lines.reduce((s, l) => s + l.amount, 0))
  })

  it('the PCT route adds the international phase to the same national costs', () => {
    const shared = route('pct').shared
    expect(shared.map((l) => l.office)).toEqual(shared.map(() => 'WO'))
    expect(shared.some((l) => /international filing fee/i.test(l.label))).toBe(true)
    const sum = shared.reduce((s, l) => s + l.amount, 0)
    expect(route('pct').totals.classic).toBeCloseTo(route('paris').totals.classic + sum, 0)
  })

  it('EP: classic validation vs Unitary Patent, with the states each protects', () => {
    const ep = route('paris').countries.filter((c) => c.office === 'EP')
    expect(ep.map((c) => c.epMode)).toEqual(['classic', 'unitary'])
    expect(ep[0]!.covered).toEqual(['DE', 'FR', 'GB', 'IT', 'NL', 'ES'])
    expect(ep[1]!.covered).toEqual(expect.arrayContaining(['AT', 'DE', 'FR', 'GB', 'ES', 'RO']))
    expect(ep[1]!.lines.some((l) => l.office === 'UP' && l.category === 'annuity')).toBe(true)
    expect(ep[1]!.lines.some((l) => l.office === 'GB' && l.category === 'annuity')).toBe(true)
    expect(ep[1]!.lines.some((l) => l.office === 'DE')).toBe(false)
    const [paris] = plan.routes
    expect(plan.cheapest.total).toBe(
      Math.min(...plan.routes.flatMap((r) => [r.totals.classic, r.totals.unitary])),
    )
    expect(paris!.timeline.some((e) => e.event === 'unitary_effect' && e.estimated)).toBe(true)
  })

  it('says what was unverified; results are unverified while the rates are', () => {
    expect(plan.status).toBe('unverified')
    expect(plan.unverified[0]).toMatch(/exchange rates \(currencies\.json of \d{4}-\d{2}-\d{2}\)/)
    expect(plan.rates.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  })
})

describe('buildPlan: scores, weights and overrides', () => {
  it('ranks by the weighted factors; weights can single out one factor', () => {
    expect(plan.scores.map((s) => s.rank)).toEqual([1, 2, 3])
    expect(plan.scores[0]!.office).toBe('US')
    const byCost = buildPlan(
      invention,
      {
        markets: ['US', 'EP', 'JP'],
        weights: { market: 0, litigation: 0, competitors: 0, cost: 1 },
      },
      { clock },
    )
    const cheapest = byCost.scores[0]!
    expect(cheapest.total).toBeCloseTo(1)
    expect(cheapest.factors.find((f) => f.factor === 'cost')?.score).toBe(1)
  })

  it('EP market size sums the validation states; overrides replace values and are unverified', () => {
    const ep = plan.scores
      .find((s) => s.office === 'EP')!
      .factors.find((f) => f.factor === 'market')!
    expect(ep.source).toMatch(/^sum over DE, FR, GB, IT, NL, ES/)
    const custom = validateInvention({
      ...invention,
      overrides: {
        market: { JP: 99999 },
        fees: [{ office: 'US', item: 'attorney_filing', value: 9000, currency: 'USD' }],
      },
    })
    const p = buildPlan(custom, { markets: ['US', 'JP'], currency: 'USD' }, { clock })
    const jp = p.scores.find((s) => s.office === 'JP')!.factors.find((f) => f.factor === 'market')!
    expect(jp).toMatchObject({ value: 99999, origin: 'user', status: 'unverified', score: 1 })
    const fee = p.routes[0]!.countries.find((c) => c.office === 'US')!.lines.find((l) =>
      /user override/.test(l.label),
    )!
    expect(fee).toMatchObject({ amount: 9000, status: 'unverified' })
  })

  it('counts competitor filings through the CompetitorPresence port', async () => {
    const presence = {
      countByOffice: (names: readonly string[]) =>
        Promise.resolve({ counts: { US: 40, JP: 3 }, source: `stub: ${names.join()}` }),
    }
    const p = await planFiling(
      { ...invention, competitors: ['Boston Dynamics'] },
      { markets: ['US', 'JP', 'KR'], presence },
      { clock },
    )
    const comp = (o: string) =>
      p.scores.find((s) => s.office === o)!.factors.find((f) => f.factor === 'competitors')!
    expect(comp('US')).toMatchObject({
      value: 40,
      score: 1,
      origin: 'store',
      source: 'stub: Boston Dynamics',
    })
    expect(comp('KR')).toMatchObject({ value: 0, score: 0 })
  })
})

describe('buildPlan: bad input', () => {
  it.each([
    [
      { markets: ['US', 'XX'], marketsLabel: '--markets' },
      'RULE_UNKNOWN_OFFICE',
      /--markets: unknown office "XX"; valid offices: US, EP, CN, JP/,
    ],
    [{ markets: ['UP'] }, 'RULE_UNKNOWN_OFFICE', /the Unitary Patent is planned under EP/],
    [{ markets: ['CN'] }, 'PLAN_INVALID_INPUT', /no target markets/],
    [{ markets: ['US'], currency: 'XYZ' }, 'RULE_UNKNOWN_CURRENCY', /unknown currency "XYZ"/],
  ])('%j', (options, code, message) => {
    const [c, m] = codeOf(() => buildPlan(invention, options, { clock }))
    expect(c).toBe(code)
    expect(m).toMatch(message)
  })

  it('an EP state without data is named with the known ones', () => {
    const [c, m] = codeOf(() =>
      buildPlan({ ...invention, epStates: ['DE', 'MT'] }, { markets: ['EP'] }, { clock }),
    )
    expect(c).toBe('PLAN_INVALID_INVENTION')
    expect(m).toMatch(/epStates: no validation data for "MT"; known states: DE, FR/)
  })

  it('FR has no PCT route of its own: left out of the PCT route with a warning', () => {
    const p = buildPlan(invention, { markets: ['FR', 'US'] }, { clock })
    expect(p.routes[1]!.countries.map((c) => c.office)).toEqual(['US'])
    expect(p.warnings.join(' ')).toMatch(/pct route: FR has no national phase of its own/)
  })
})
