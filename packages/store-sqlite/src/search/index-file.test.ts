import {
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  truncateSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildPatentRecord } from '@chuhai/core/testing'
import {
  DEFAULT_RANK_PARAMS,
  IndexBuilder,
  MemoryPostingsReader,
  PackedPostingsReader,
  parseQuery,
  type PatentRecord,
  type PostingsData,
} from '@chuhai/core'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openDatabase } from '../connection.js'
import type { SqliteDb } from '../driver.js'
import { createSqliteStore, type SqlitePatentStore } from '../sqlite-patent-store.js'
import { LEGACY_INDEX_FORMAT, writeParts } from './index-blobs.js'
import { indexFilePath, indexFileProblem, openIndexFile, writeIndexFile } from './index-file.js'
import { SqliteSearchBackend } from './sqlite-search-backend.js'

const WORDS = [
  'ultrasonic',
  'transducer',
  'array',
  'beamformer',
  'battery',
  'robot',
  'gripper',
  'lens',
  '超声',
  '换能器',
  'piezoelectric',
  'wireless',
]

/** A small corpus with every kind of key (words, pairs, CJK bigrams). */
function corpusIndex(marker = ''): PostingsData {
  const builder = new IndexBuilder(DEFAULT_RANK_PARAMS)
  for (let d = 0; d < 300; d++) {
    const pick = (k: number) => WORDS[(d * 7 + k * 3) % WORDS.length]!
    builder.add(
      {
        title: `${pick(0)} ${pick(1)}`,
        abstract: `${pick(2)} ${pick(3)} ${pick(4)} ${d === 5 ? marker : ''}`,
        claims: `a ${pick(5)} with a ${pick(6)}`,
        description: `${pick(1)} ${pick(7)} ${pick(8)}`,
      },
      d,
    )
  }
  return builder.build()
}

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'chuhai-index-file-'))
})
afterEach(() => {
  rmSync(dir, { recursive: true, force: true })
})

describe('index side file', () => {
  it('round-trips every key: postings, frequencies, bounds and prefix expansion', () => {
    const data = corpusIndex()
    const path = join(dir, 'x.db.search')
    writeIndexFile(path, data, 'id-1')
    const opened = openIndexFile(path, 'id-1')
    const packed = new PackedPostingsReader(opened.index)
    const memory = new MemoryPostingsReader(data)
    expect(data.terms.length).toBeGreaterThan(30)
    expect(packed.docCount).toBe(memory.docCount)
    expect(packed.docLimit).toBe(memory.docLimit)
    expect(opened.params).toEqual(data.params)
    for (const key of data.terms) {
      expect(packed.df(key)).toBe(memory.df(key))
      expect(packed.encoded(key)?.maxImpact).toBe(memory.encoded(key)?.maxImpact)
      expect(packed.postings(key)).toEqual(memory.postings(key))
    }
    expect(packed.df('absent')).toBe(0)
    expect(packed.encoded('zzz')).toBeUndefined()
    expect(packed.expand('tr', 10)).toEqual(memory.expand('tr', 10))
    expect(packed.expand('超', 10)).toEqual(memory.expand('超', 10))
    opened.close()
    const inMemory = openIndexFile(path, 'id-1', { postingsInMemory: true })
    const held = new PackedPostingsReader(inMemory.index)
    for (const key of data.terms) {
      expect(held.postings(key)).toEqual(memory.postings(key))
    }
    inMemory.close()
    expect(indexFileProblem(path, 'id-1')).toBeUndefined()
    expect(readdirNames()).toEqual(['x.db.search'])
  })

  it('a temporary file left by a crashed writer is removed by the next write; a live one stays', () => {
    const path = join(dir, 'x.db.search')
    // pid 2^22 + 1 is above Linux's pid_max: no such process.
    writeFileSync(`${path}.tmp-4194305-dead`, 'half an image')
    writeFileSync(`${path}.tmp-${process.pid}-live`, 'being written')
    writeIndexFile(path, corpusIndex(), 'id-1')
    expect(readdirNames()).toEqual(['x.db.search', `x.db.search.tmp-${process.pid}-live`])
    expect(indexFileProblem(path, 'id-1')).toBeUndefined()
  })

  it('refuses a truncated, damaged or foreign file with an error naming it', () => {
    const path = join(dir, 'x.db.search')
    writeIndexFile(path, corpusIndex(), 'id-1')
    expect(() => openIndexFile(path, 'id-2')).toThrow(/x\.db\.search.*another state/)
    const whole = readFileSync(path)
    truncateSync(path, statSync(path).size - 100)
    expect(() => openIndexFile(path, 'id-1')).toThrow(/x\.db\.search.*truncated/)
    expect(indexFileProblem(path, 'id-1')).toMatch(/truncated/)
    const damaged = Buffer.from(whole)
    damaged.write('XXXX', 0)
    writeFileSync(path, damaged)
    expect(() => openIndexFile(path, 'id-1')).toThrow(/SEARCH_INDEX_CORRUPT|not a Chuhai/)
    expect(() => openIndexFile(join(dir, 'none.search'), 'id-1')).toThrow(/none\.search.*missing/)
  })
})

function rec(id: string, title: string, text: string, family?: string): PatentRecord {
  const [country = 'US', number = '1', kind = 'A1'] = id.split('-')
  return buildPatentRecord({
    id,
    publication: { country, number, kind, date: '2019-01-01' },
    titles: [{ lang: 'en', text: title }],
    abstracts: [{ lang: 'en', text }],
    descriptions: [{ lang: 'en', text }],
    claims: [{ lang: 'en', claims: [{ number: 1, text, dependsOn: [], independent: true }] }],
    ...(family ? { family: { docdb: family } } : {}),
  })
}

const DOCS = [
  rec(
    'US-1000001-B2',
    'Ultrasonic transducer array',
    'A phased array of ultrasonic transducers.',
    'F1',
  ),
  rec('EP-2000002-A1', 'Ultrasonic lens', 'A phased array focused by an acoustic lens.', 'F1'),
  rec('US-1000003-A1', 'Legged robot', 'A legged robot controls its gait on terrain.'),
]

function readdirNames(): string[] {
  return readdirSync(dir).sort()
}

describe('SqliteSearchBackend on the side file (ADR 0024)', () => {
  let store: SqlitePatentStore
  let file: string
  beforeEach(async () => {
    file = join(dir, 'store.db')
    store = createSqliteStore({ path: file })
    await store.upsert(DOCS)
  })
  afterEach(async () => {
    await store.close()
  })
  const ids = async (backend: SqliteSearchBackend, q: string) =>
    (await backend.search(parseQuery(q), { collapseFamilies: false })).hits.map((h) => h.id).sort()

  it('writes the side file and per-document columns, and finds the same after reopening', async () => {
    const first = store.search()
    await first.refresh()
    expect(statSync(indexFilePath(file)).size).toBeGreaterThan(100)
    expect(first.isCurrent()).toBe(true)
    const before = await ids(first, 'phased AND array')
    expect(before).toEqual(['EP-2000002-A1', 'US-1000001-B2'])
    await first.close()
    const reader = createSqliteStore({ path: file, readonly: true })
    try {
      const backend = reader.search()
      expect(backend.isCurrent()).toBe(true)
      expect(await ids(backend, 'phased AND array')).toEqual(before)
      const page = await backend.search(parseQuery('ultrasonic phased array'))
      expect(page.hits.filter((h) => h.familyId === 'F1')).toHaveLength(1)
      expect(page.hits[0]!.title).toMatch(/Ultrasonic/)
    } finally {
      await reader.close()
    }
  })

  it('a truncated side file is detected and rebuilt, or named when it may not be', async () => {
    await store.search().refresh()
    const side = indexFilePath(file)
    truncateSync(side, statSync(side).size - 10)
    const strict = new SqliteSearchBackend(db(file), { autoRefresh: false })
    expect(strict.isCurrent()).toBe(false)
    await expect(strict.search(parseQuery('robot'))).rejects.toThrow(/store\.db\.search.*truncated/)
    const backend = store.search()
    expect(backend.isCurrent()).toBe(false)
    expect(await ids(backend, 'robot')).toEqual(['US-1000003-A1'])
    expect(backend.isCurrent()).toBe(true)
  })

  it('stale per-document columns are detected after an update and read again', async () => {
    const backend = store.search()
    await backend.refresh()
    // Same publications, same count: only the family of one changes.
    await store.upsert([
      rec('EP-2000002-A1', 'Ultrasonic lens', 'A phased array focused by an acoustic lens.', 'F9'),
    ])
    expect(backend.isCurrent()).toBe(false)
    await backend.refresh()
    expect(backend.isCurrent()).toBe(true)
    const page = await backend.search(parseQuery('phased array'), { collapseFamilies: true })
    expect(page.hits.map((h) => h.familyId).sort()).toEqual(['F1', 'F9'])
  })

  it('converts an index of the legacy blob format without tokenising again', async () => {
    // Legacy blobs of an index whose document 5… carry a word absent from the store's text:
    // finding it afterwards proves the postings were moved, not rebuilt.
    const database = db(file)
    const docs = (
      database.prepare('SELECT doc FROM publications ORDER BY doc').all() as {
        doc: number
      }[]
    ).map((r) => r.doc)
    const builder = new IndexBuilder(DEFAULT_RANK_PARAMS)
    DOCS.forEach((r, i) =>
      builder.add(
        {
          title: r.titles[0]!.text,
          abstract: `${r.abstracts[0]!.text}${i === 2 ? ' legacymarker' : ''}`,
        },
        docs[i],
      ),
    )
    writeLegacy(database, builder.build(), docs)
    const backend = store.search()
    expect(backend.isCurrent()).toBe(false)
    await backend.refresh()
    expect(backend.isCurrent()).toBe(true)
    expect(await ids(backend, 'legacymarker')).toEqual(['US-1000003-A1'])
    const left = database
      .prepare("SELECT count(*) AS n FROM search_index_parts WHERE name = 'postings'")
      .get() as { n: number }
    expect(left.n).toBe(0)
  })
})

const connections: SqliteDb[] = []
afterEach(() => {
  connections.splice(0).forEach((c) => c.close())
})

/** A second connection to the store's file. */
function db(path: string): SqliteDb {
  const c = openDatabase({ path })
  connections.push(c)
  return c
}

/** Writes `data` as the format-2 blobs of ADR 0012. */
function writeLegacy(database: SqliteDb, data: PostingsData, docs: readonly number[]): void {
  database.exec('DELETE FROM search_index_parts; DELETE FROM search_index_info;')
  const bytes = (a: Uint32Array | Float64Array) =>
    new Uint8Array(a.buffer, a.byteOffset, a.byteLength)
  writeParts(database, 'terms', new TextEncoder().encode(data.terms.join('\n')))
  writeParts(database, 'offsets', bytes(data.offsets))
  writeParts(database, 'df', bytes(data.df))
  writeParts(database, 'maxImpacts', data.maxImpacts)
  writeParts(database, 'postings', data.postings)
  const info = database.prepare('INSERT INTO search_index_info (key, value) VALUES (?, ?)')
  info.run(
    'stamp',
    JSON.stringify({
      documents: docs.length,
      maxDoc: Math.max(...docs),
      format: LEGACY_INDEX_FORMAT,
      params: JSON.stringify(DEFAULT_RANK_PARAMS),
    }),
  )
  info.run('params', JSON.stringify(data.params))
  info.run('docCount', String(data.docCount))
  info.run('docLimit', String(data.docLimit))
  info.run('avgLengths', JSON.stringify(data.avgLengths))
}
