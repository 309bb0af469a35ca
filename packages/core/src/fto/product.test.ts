import { describe, expect, it } from 'vitest'
import { ChuhaiError } from '../errors.js'
import { FTO_COUNTRIES } from './countries.js'
import { parseAsOf, parseCountries } from './fto-run.js'
import { productFields, productQuery, readProduct } from './product.js'

const LONG =
  'A legged robot with a lithium battery made of cells, a controller that balances the charge of the cells, and a torque sensor on each leg joint that reports the load to the controller.'

function error(f: () => unknown): ChuhaiError {
  try {
    f()
  } catch (e) {
    if (e instanceof ChuhaiError) {
      return e
    }
  }
  throw new Error('expected a ChuhaiError')
}

describe('readProduct', () => {
  it('reads text with a feature list, and JSON', () => {
    const p = readProduct(
      `${LONG}\n- a camera on the head\n- a wireless remote control unit`,
      'p.txt',
    )
    expect(p.features).toEqual(['a camera on the head', 'a wireless remote control unit'])
    expect(p.language).toBe('en')
    expect(productFields(p).map((f) => f.field)).toEqual(['description', 'feature 1', 'feature 2'])
    const j = readProduct(
      JSON.stringify({ title: 'Robot dog', description: LONG, features: ['a camera'] }),
      'p.json',
    )
    expect(j).toMatchObject({ title: 'Robot dog', features: ['a camera'] })
  })

  it('refuses an empty, a one-line and a malformed description, naming the file', () => {
    expect(error(() => readProduct('  \n', 'p.txt')).message).toBe(
      'p.txt: the product description is empty',
    )
    expect(error(() => readProduct('A robot dog.', 'p.txt')).message).toMatch(
      /^p\.txt: the product description is too short \(2 key terms/u,
    )
    expect(error(() => readProduct('{"description": 5}', 'p.json')).message).toMatch(
      /^p\.json: description/u,
    )
    expect(error(() => readProduct('{"description": ', 'p.json')).code).toBe('FTO_INVALID_INPUT')
  })

  it('detects Chinese', () => {
    expect(
      readProduct(
        '产品：四足机器人，装有锂电池、电池管理控制器和每个腿关节上的扭矩传感器，控制器均衡电芯电量并读取关节负载。',
        'p',
      ).language,
    ).toBe('zh')
  })

  it('builds a weighted query of the product’s key terms', () => {
    const q = productQuery(readProduct(LONG, 'p'))
    expect(q.language).toBe('en')
    expect(q.concepts.map((c) => c.forms[0]!.text)).toEqual(
      expect.arrayContaining(['battery', 'torque', 'controller']),
    )
    expect(q.concepts[0]!.weight).toBeGreaterThanOrEqual(q.concepts.at(-1)!.weight)
  })
})

describe('parseCountries and parseAsOf', () => {
  it('upper-cases, de-duplicates and refuses an unknown code with the list of valid ones', () => {
    expect(parseCountries('us, ep,DE,US')).toEqual(['US', 'EP', 'DE'])
    const e = error(() => parseCountries('US,XX'))
    expect(e.code).toBe('FTO_UNKNOWN_COUNTRY')
    expect(e.message).toContain('unknown country "XX"; valid countries: ')
    expect(e.message).toContain(FTO_COUNTRIES.join(', '))
  })

  it('refuses impossible dates', () => {
    expect(parseAsOf('2024-02-29')).toBe('2024-02-29')
    for (const bad of ['2023-02-29', '2024-13-01', '01/02/2024', '2024-1-5']) {
      expect(error(() => parseAsOf(bad)).message).toContain('--as-of')
    }
  })
})
