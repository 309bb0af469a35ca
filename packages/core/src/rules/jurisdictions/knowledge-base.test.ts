import { describe, expect, it } from 'vitest'
import { ChuhaiError } from '../../errors.js'
import { convertAmount } from './currencies.js'
import { collectFacts, countByStatus } from './facts.js'
import { createKnowledgeBase, loadKnowledgeBase } from './knowledge-base.js'
import { OFFICE_CODES } from './office-codes.js'
import { RAW_KNOWLEDGE_BASE } from './raw-data.js'

describe('loadKnowledgeBase', () => {
  const kb = loadKnowledgeBase()

  it('covers every office with a rules version', () => {
    expect(kb.offices.map((o) => o.office)).toEqual([...OFFICE_CODES])
    expect(kb.rulesVersion).toBe(kb.manifest.rulesVersion)
    expect(kb.office('UP').states.participating?.value).toHaveLength(18)
  })

  it('has facts of every status, counted by the fact walker', () => {
    const counts = countByStatus(kb.offices.flatMap((o) => collectFacts(o)))
    expect(counts.verified).toBeGreaterThan(50)
    expect(counts.secondary).toBeGreaterThan(50)
    expect(counts.unverified).toBeGreaterThan(50)
  })

  it('names the file and the field when a file breaks the schema', () => {
    const bad = structuredClone(RAW_KNOWLEDGE_BASE.offices[0]) as {
      pct: { chapter1Months: { value: unknown } }
    }
    bad.pct.chapter1Months.value = 'thirty'
    const raw = { ...RAW_KNOWLEDGE_BASE, offices: [bad, ...RAW_KNOWLEDGE_BASE.offices.slice(1)] }
    expect(() => createKnowledgeBase(raw)).toThrow(/office file #1: pct\.chapter1Months\.value/)
  })

  it('refuses a knowledge base that lacks an office', () => {
    const raw = { ...RAW_KNOWLEDGE_BASE, offices: RAW_KNOWLEDGE_BASE.offices.slice(1) }
    expect(() => createKnowledgeBase(raw)).toThrow(ChuhaiError)
    expect(() => createKnowledgeBase(raw)).toThrow(/no file for US/)
  })
})

describe('convertAmount', () => {
  const table = loadKnowledgeBase().currencies

  it('converts through the base currency and carries the rate date and status', () => {
    const eur = convertAmount(table, 1000, 'EUR', 'EUR')
    expect(eur.amount).toBe(1000)
    const cny = convertAmount(table, 1755, 'EUR', 'CNY')
    expect(cny.amount).toBeCloseTo(1755 * table.rates.CNY!)
    expect(cny).toMatchObject({ currency: 'CNY', rateAsOf: table.asOf, rateStatus: 'unverified' })
    const back = convertAmount(table, cny.amount, 'CNY', 'EUR')
    expect(back.amount).toBeCloseTo(1755)
  })

  it('rejects an unknown currency with the list of known ones', () => {
    expect(() => convertAmount(table, 1, 'XXX', 'EUR')).toThrow(
      /unknown currency "XXX"; known: EUR/,
    )
  })
})
