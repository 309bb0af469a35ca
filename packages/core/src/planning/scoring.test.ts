import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { OfficeCode } from '../rules/jurisdictions/office-codes.js'
import type { RawFactor } from './indicators.js'
import type { Factor } from './invention.schema.js'
import { DEFAULT_WEIGHTS, resolveWeights, scoreCountries } from './scoring.js'

const raw = (value: number | undefined): RawFactor => ({
  value,
  unit: 'u',
  status: 'secondary',
  source: 's',
  origin: 'data',
})
const row = (market?: number, litigation?: number, competitors?: number, cost?: number) => ({
  market: raw(market),
  litigation: raw(litigation),
  competitors: raw(competitors),
  cost: raw(cost),
})

describe('scoreCountries', () => {
  it('normalises each factor over the markets; the cheapest scores 1 on cost', () => {
    const scores = scoreCountries(
      new Map<OfficeCode, Record<Factor, RawFactor>>([
        ['US', row(100, 1000, 10, 400)],
        ['JP', row(50, 10, 0, 100)],
      ]),
      DEFAULT_WEIGHTS,
    )
    const jp = scores.find((s) => s.office === 'JP')!
    expect(jp.factors.map((f) => [f.factor, Number(f.score.toFixed(3))])).toEqual([
      ['market', 0.5],
      ['litigation', Number((Math.log1p(10) / Math.log1p(1000)).toFixed(3))],
      ['competitors', 0],
      ['cost', 1],
    ])
    expect(scores[0]!.office).toBe('US')
  })

  it('a factor without data scores 0; weights of 0 leave a factor out', () => {
    const scores = scoreCountries(
      new Map([['KR', row(undefined, 5, 5, 5)]]),
      resolveWeights({ market: 0 }),
    )
    expect(scores[0]!.factors[0]!.score).toBe(0)
    expect(scores[0]!.total).toBeCloseTo(1)
  })

  it('property: totals lie in [0, 1], ranks are 1..n and follow the totals', () => {
    const value = fc.option(fc.double({ min: 0, max: 1e6, noNaN: true }), { nil: undefined })
    const rows = fc.array(fc.tuple(value, value, value, value), { minLength: 1, maxLength: 8 })
    const weight = fc.double({ min: 0, max: 10, noNaN: true })
    fc.assert(
      fc.property(rows, fc.tuple(weight, weight, weight, weight), (rs, [a, b, c, d]) => {
        const codes: OfficeCode[] = ['US', 'EP', 'JP', 'KR', 'IN', 'BR', 'CA', 'AU']
        const map = new Map(rs.map((r, i) => [codes[i]!, row(...r)]))
        const scores = scoreCountries(map, { market: a, litigation: b, competitors: c, cost: d })
        expect(scores.map((s) => s.rank)).toEqual(scores.map((_, i) => i + 1))
        for (let i = 0; i < scores.length; i++) {
          expect(scores[i]!.total).toBeGreaterThanOrEqual(-1e-9)
          expect(scores[i]!.total).toBeLessThanOrEqual(1 + 1e-9)
          if (i > 0) {
            expect(scores[i - 1]!.total).toBeGreaterThanOrEqual(scores[i]!.total)
          }
        }
      }),
    )
  })
})
