import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { collectFacts } from './facts.js'
import { OFFICE_CODES } from './office-codes.js'
import { CurrencyTable, Manifest, OfficeFile } from './schema.js'

const DATA = join(import.meta.dirname, 'data')
const read = (file: string): unknown => JSON.parse(readFileSync(join(DATA, file), 'utf8'))
const officeFiles = readdirSync(DATA)
  .filter((f) => f.endsWith('.json') && f !== 'manifest.json' && f !== 'currencies.json')
  .sort()

function parseOffice(file: string): OfficeFile {
  const result = OfficeFile.safeParse(read(file))
  if (!result.success) {
    throw new Error(`${file}: ${JSON.stringify(result.error.issues.slice(0, 3), null, 1)}`)
  }
  return result.data
}

describe('knowledge-base data files', () => {
  it('hold exactly one file per office, plus manifest.json and currencies.json', () => {
    expect(officeFiles).toEqual(OFFICE_CODES.map((c) => `${c.toLowerCase()}.json`).sort())
    expect(Manifest.parse(read('manifest.json')).rulesVersion).toMatch(/^\d{4}\.\d+\.\d+$/)
  })

  it.each(officeFiles)('%s matches the schema and names its own office', (file) => {
    const office = parseOffice(file)
    expect(`${office.office.toLowerCase()}.json`).toBe(file)
  })

  it.each(officeFiles)('%s: every fact has a citation and a status; closures are sane', (file) => {
    const office = parseOffice(file)
    const facts = collectFacts(office)
    expect(facts.length).toBeGreaterThan(10)
    for (const { path, fact } of facts) {
      expect(fact.source.citation.length, path).toBeGreaterThan(3)
      // A fact said to be checked against a text must say which text (an address).
      if (fact.status !== 'unverified') {
        expect(fact.source.urls.length, `${file} ${path} has no URL`).toBeGreaterThan(0)
      }
    }
    for (const { value } of office.calendar.closures) {
      expect(value.from.startsWith('--'), `${file}: ${value.from}..${value.to}`).toBe(
        value.to.startsWith('--'),
      )
      if (!value.from.startsWith('--')) {
        expect(value.from <= value.to).toBe(true)
      }
    }
  })

  it('currencies.json is a dated table with a source that covers every fee currency', () => {
    const table = CurrencyTable.parse(read('currencies.json'))
    expect(table.rates[table.base]).toBe(1)
    const used = officeFiles.flatMap((f) => parseOffice(f).fees.map((m) => m.currency))
    for (const currency of new Set(used)) {
      expect(table.rates[currency], currency).toBeGreaterThan(0)
    }
  })

  it('UP renewal fees for years 2-20 add up to the verified EUR 35,555 total', () => {
    const fees = parseOffice('up.json').fees
    const years = fees.filter((m) => m.item === 'renewal_year')
    const total = fees.find((m) => m.item === 'renewal_total')
    expect(years.map((m) => m.year)).toEqual(Array.from({ length: 19 }, (_, i) => i + 2))
    expect(years.reduce((sum, m) => sum + m.value, 0)).toBe(total?.value)
    expect(total?.status).toBe('verified')
  })

  it.each([
    // [file, path, value, status] — spot checks against legal-facts.md §1.2 and §3
    ['us.json', 'pct.chapter1Months', 30, 'verified'],
    ['ep.json', 'pct.chapter1Months', 31, 'verified'],
    ['cn.json', 'pct.lateEntry', { kind: 'fee', months: 32 }, 'verified'],
    ['ca.json', 'pct.lateEntry', { kind: 'unintentional', months: 42 }, 'secondary'],
    ['ph.json', 'pct.lateEntry', { kind: 'fee', months: 31 }, 'verified'],
    ['vn.json', 'pct.lateEntry', { kind: 'unknown' }, 'unverified'],
    ['mx.json', 'pct.chapter1Months', 30, 'secondary'],
    ['kr.json', 'pct.chapter1Months', 31, 'verified'],
    ['fr.json', 'pct.route', { kind: 'via', via: 'EP' }, 'verified'],
    ['wo.json', 'international.demandMonths', 22, 'verified'],
  ] as const)('%s %s = %j (%s)', (file, path, value, status) => {
    const hit = collectFacts(parseOffice(file)).find((f) => f.path === path)
    expect(hit?.fact.status).toBe(status)
    if (typeof value === 'object') {
      expect(hit?.fact.value).toMatchObject(value)
    } else {
      expect(hit?.fact.value).toBe(value)
    }
  })

  it('rejects a fact without a status and a fee without a currency or date', () => {
    const us = read('us.json') as { paris: { priorityMonths: Record<string, unknown> } }
    const broken = structuredClone(us)
    delete broken.paris.priorityMonths.status
    expect(OfficeFile.safeParse(broken).success).toBe(false)
    const fee = structuredClone(read('us.json')) as { fees: Record<string, unknown>[] }
    delete fee.fees[0]!.asOf
    expect(OfficeFile.safeParse(fee).success).toBe(false)
  })
})
