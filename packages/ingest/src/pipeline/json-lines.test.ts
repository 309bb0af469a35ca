import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { createMemoryPatentStore } from '@chuhai/core/testing'
import { ingest } from './ingest.js'

const FIXTURE = resolve(
  import.meta.dirname,
  '../../../core/src/ingest/formats/google-patents-bq/fixtures/bq-full-schema.jsonl',
)

describe('newline-delimited JSON exports', () => {
  it('ingests a gzipped export like a plain one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chuhai-ndjson-'))
    writeFileSync(join(dir, 'publications-000000000000.json.gz'), gzipSync(readFileSync(FIXTURE)))
    const plain = createMemoryPatentStore()
    const zipped = createMemoryPatentStore()
    const a = await ingest([FIXTURE], { store: plain, workers: 0 })
    const b = await ingest([dir], { store: zipped, workers: 0 })
    expect(a.inserted).toBe(4)
    expect(b.inserted).toBe(4)
    const id = 'CN-112476429-A'
    expect({ ...(await zipped.get(id)), source: undefined }).toEqual({
      ...(await plain.get(id)),
      source: undefined,
    })
  })

  it('reports a truncated line by offset and keeps every other line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chuhai-ndjson-'))
    const lines = readFileSync(FIXTURE, 'utf8').split('\n').filter(Boolean)
    const broken = [lines[0], lines[1]!.slice(0, 200), lines[2], lines[3]].join('\n') + '\n'
    writeFileSync(join(dir, 'export.jsonl'), broken)
    const store = createMemoryPatentStore()
    const summary = await ingest([dir], { store, workers: 0 })
    expect(summary.inserted).toBe(3)
    expect(summary.failed).toBe(1)
    expect(summary.errors[0]).toMatchObject({ offset: lines[0]!.length + 1, id: 'EP-3792345-A1' })
    expect(summary.errors[0]?.reason).toMatch(/not JSON/)
  })
})
