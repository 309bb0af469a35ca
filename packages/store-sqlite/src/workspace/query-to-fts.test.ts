import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { buildPatentRecord } from '@chuhai/core/testing'
import { FTS_TABLE } from '../fts.js'
import { SqlitePatentStore } from '../sqlite-patent-store.js'
import { openSqliteDatabase } from './open-database.js'
import { queryToFts } from './query-to-fts.js'

describe('queryToFts', () => {
  it('compiles the query language', () => {
    expect(queryToFts('robot gait')).toBe('"robot" AND "gait"')
    expect(queryToFts('robot OR drone')).toBe('"robot" OR "drone"')
    expect(queryToFts('robot -wheel')).toBe('"robot" NOT "wheel"')
    expect(queryToFts('"harmonic drive" ti:robot*')).toBe('"harmonic drive" AND title : "robot" *')
    expect(queryToFts('(a OR b) c')).toBe('( "a" OR "b" ) AND "c"')
    expect(queryToFts('AND robot OR')).toBe('"robot"')
    expect(queryToFts('NOT robot')).toBe('"robot"')
    expect(() => queryToFts('" () -')).toThrow(/no searchable words/)
  })

  it('always produces an expression FTS5 accepts (property test against real FTS5)', async () => {
    const { db } = openSqliteDatabase({ path: ':memory:' })
    await new SqlitePatentStore(db, []).upsert([buildPatentRecord()])
    const statement = db.prepare(`SELECT count(*) FROM ${FTS_TABLE} WHERE ${FTS_TABLE} MATCH ?`)
    const piece = fc.oneof(
      fc.constantFrom(
        'robot',
        'AND',
        'OR',
        'NOT',
        '(',
        ')',
        '"',
        '-',
        '*',
        'ti:',
        'cl:',
        'x:',
        '电池',
        'a"b',
        'NEAR',
        '^',
      ),
      fc.string({ maxLength: 6 }),
    )
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
        const input = parts.join(' ')
        let match: string
        try {
          match = queryToFts(input)
        } catch (error) {
          expect(String(error)).toMatch(/no searchable words/)
          return
        }
        expect(() => statement.get(match)).not.toThrow()
      }),
      { numRuns: 600 },
    )
    db.close()
  })
})
