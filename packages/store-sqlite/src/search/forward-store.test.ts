import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  DEFAULT_RANK_PARAMS,
  evaluateBoolean,
  forwardChecker,
  ForwardVocabulary,
  IndexBuilder,
  MemoryPostingsReader,
  parseQuery,
  selectBoolean,
  type IndexDocument,
} from '@chuhai/core'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { openDatabase } from '../connection.js'
import type { SqliteDb } from '../driver.js'
import { BOOLEAN_MIGRATIONS } from '../schema/boolean-migrations.js'
import { loadForwardSource, SqliteForwardSource, writeForwardIndex } from './forward-store.js'

// 700 documents in a real store file; every seventh has no forward record.
const WORDS =
  'ultrasonic transducer array probe beam lens acoustic backing layer of the with a'.split(' ')
const text = (seed: number, n: number): string =>
  Array.from({ length: n }, (_, j) => WORDS[(seed * 7 + j * j + j * seed) % WORDS.length]).join(' ')
const DOCS: IndexDocument[] = Array.from({ length: 700 }, (_, d) => ({
  title: text(d, 4),
  abstract: text(d + 1, 30),
  description: text(d + 2, 80),
}))
const STAMP = {
  documents: 700,
  maxDoc: 699,
  format: 3,
  params: JSON.stringify(DEFAULT_RANK_PARAMS),
}

let dir: string
let db: SqliteDb
let source: SqliteForwardSource
let reader: MemoryPostingsReader
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'chuhai-forward-'))
  const path = join(dir, 'store.db')
  const rw = openDatabase({ path })
  for (const m of BOOLEAN_MIGRATIONS) {
    rw.exec(m.sql)
  }
  const builder = new IndexBuilder(DEFAULT_RANK_PARAMS)
  DOCS.forEach((d) => builder.add(d))
  const data = builder.build()
  reader = new MemoryPostingsReader(data)
  const stored = DOCS.flatMap((d, i) => (i % 7 === 0 ? [] : [[i, d] as const]))
  writeForwardIndex(rw, ForwardVocabulary.fromIndex(data), STAMP, stored)
  rw.close()
  db = openDatabase({ path, readonly: true })
  source = loadForwardSource(db, STAMP)!
})
afterAll(() => {
  db.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('SqliteForwardSource', () => {
  it('reads a batch of records in the order asked, undefined where a document has none', () => {
    // Shuffled, repeated and missing documents (every seventh, past the last, negative).
    const docs = Array.from({ length: 900 }, (_, i) => (i * 389) % 760)
    docs.push(3, 3, -1, 5000)
    const one = docs.map((d) => source.record(d))
    expect(one.filter((r) => r === undefined).length).toBeGreaterThan(100)
    expect(one.filter((r) => r !== undefined).length).toBeGreaterThan(700)
    for (const n of [0, 1, 2, 3, 15, 16, 17, 255, 256, 257, 512, 513, docs.length]) {
      const got = source.records(docs.slice(0, n))
      expect(got.length).toBe(n)
      got.forEach((r, i) => {
        expect(r === undefined, `${n}: doc ${docs[i]}`).toBe(one[i] === undefined)
        if (r !== undefined) {
          expect(Buffer.compare(r, one[i]!), `${n}: doc ${docs[i]}`).toBe(0)
        }
      })
    }
  })

  it('prepares one statement per power-of-two batch size and reuses it', () => {
    const fresh = new SqliteForwardSource(db, source.vocabulary)
    const prepare = vi.spyOn(db, 'prepare')
    try {
      for (let round = 0; round < 3; round++) {
        for (let n = 1; n <= 600; n += n < 20 ? 1 : 13) {
          fresh.records(Array.from({ length: n }, (_, i) => (i * 31 + round) % 700))
        }
      }
      // Sizes 1, 2, 4, … 256; a longer list is read 256 at a time.
      expect(prepare).toHaveBeenCalledTimes(9)
    } finally {
      prepare.mockRestore()
    }
  })

  it('selects from batched reads exactly what one-by-one reads select', () => {
    const oneByOne = forwardChecker({
      vocabulary: source.vocabulary,
      record: (d) => source.record(d),
    })
    const batched = forwardChecker(source)
    const queries = [
      'transducer NEAR/3 lens',
      '"transducer array"',
      'ab:"of the ultrasonic" OR ti:(probe AND beam)',
      'beam NEAR/1 acoustic AND NOT ti:layer',
    ]
    let hits = 0
    for (const q of queries) {
      const e = evaluateBoolean(parseQuery(q, { mode: 'boolean' }), reader, {
        resolve: () => new Uint32Array(0),
      })
      expect(e.checks.length, q).toBeGreaterThan(0)
      for (const [pool, maxChecks] of [
        [5, 2000],
        [110, 2000],
        [700, 700],
        [110, 40],
      ] as const) {
        const options = { accept: (d: number) => d % 5 !== 2, pool, maxChecks }
        const a = selectBoolean(e, { ...options, checker: batched })
        expect(a, `${q} ${pool} ${maxChecks}`).toEqual(
          selectBoolean(e, { ...options, checker: oneByOne }),
        )
        expect(a.docs.every((d) => d % 7 !== 0)).toBe(true)
        hits += a.docs.length
      }
    }
    expect(hits).toBeGreaterThan(100)
  })
})
