import { mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { PatentRecord } from '@chuhai/core/ingest'
import { createMemoryPatentStore } from '@chuhai/core/testing'
import yauzl from 'yauzl'
import { ingest } from '../pipeline/ingest.js'

const FIXTURE = join(import.meta.dirname, 'fixtures', 'patentsview-tsv')

/** The fixture's tables, unzipped, as `{ name: text }`. */
async function unzipFixture(): Promise<Record<string, string>> {
  const out: Record<string, string> = {}
  for (const name of readdirSync(FIXTURE).filter((n) => n.endsWith('.zip'))) {
    out[name.replace(/\.tsv\.zip$/, '')] = await new Promise<string>((resolve, reject) => {
      yauzl.open(join(FIXTURE, name), { lazyEntries: false }, (err, zip) => {
        if (err) {
          reject(err)
          return
        }
        zip.on('entry', (entry: yauzl.Entry) => {
          zip.openReadStream(entry, (e, stream) => {
            if (e) {
              reject(e)
              return
            }
            const chunks: Buffer[] = []
            stream.on('data', (c: Buffer) => chunks.push(c))
            stream.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
          })
        })
      })
    })
  }
  return out
}

/** Rewrites a quoted TSV as CSV (fields quoted only where needed), as re-exports do. */
function tsvToCsv(tsv: string): string {
  const rows: string[][] = []
  let field = ''
  let row: string[] = []
  let quoted = false
  for (let i = 0; i < tsv.length; i++) {
    const c = tsv[i]!
    if (quoted) {
      if (c === '"' && tsv[i + 1] === '"') {
        field += '"'
        i++
      } else if (c === '"') {
        quoted = false
      } else {
        field += c
      }
    } else if (c === '"') {
      quoted = true
    } else if (c === '\t') {
      row.push(field)
      field = ''
    } else if (c === '\n') {
      row.push(field)
      rows.push(row)
      row = []
      field = ''
    } else {
      field += c
    }
  }
  const q = (v: string): string => (/[",\n\t]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)
  return rows.map((r) => r.map(q).join(',')).join('\n') + '\n'
}

async function run(paths: string[], extra: { tableMemoryBytes?: number } = {}) {
  const store = createMemoryPatentStore()
  const summary = await ingest(paths, { store, workers: 0, ...extra })
  const records = new Map<string, PatentRecord>()
  for (const id of ['US-11000001-B2', 'US-D910001-S1', 'US-RE49999-E1', 'US-11000002-B1']) {
    const r = await store.get(id)
    if (r) {
      records.set(id, r)
    }
  }
  return { store, summary, records }
}

/** A record without where it was read from, to compare the TSV, CSV and spilled joins. */
function content(r: PatentRecord | undefined): unknown {
  if (!r) {
    return undefined
  }
  return { ...r, source: undefined }
}

describe('PatentsView table join (TSV in zips, as shipped)', () => {
  it('joins every table on patent_id into full records, in sequence order', async () => {
    const { summary, records } = await run([FIXTURE])
    expect(summary.inserted).toBe(3)
    const r = records.get('US-11000001-B2')!
    expect(r.publication).toEqual({
      country: 'US',
      number: '11000001',
      kind: 'B2',
      date: '2021-05-11',
    })
    expect(r.application).toEqual({ country: 'US', number: '16123456', date: '2019-09-17' })
    expect(r.grantDate).toBe('2021-05-11')
    expect(r.stage).toBe('grant')
    expect(r.titles).toEqual([
      { lang: 'en', text: 'Robot joint torque sensing with a "strain" bridge' },
    ])
    expect(r.abstracts).toEqual([
      {
        lang: 'en',
        text: 'A joint module measures torque.\tA tab and a line break:\nsecond line.',
      },
    ])
    expect(r.classifications.map((c) => [c.symbol, c.role])).toEqual([
      ['B25J 13/085', 'inventive'],
      ['G01L 5/0061', 'additional'],
    ])
    expect(r.parties.inventors.map((p) => p.name)).toEqual(['Smith, Jane A.', 'Wang, Li'])
    expect(r.parties.assignees).toEqual([
      {
        name: 'Shenzhen Example Robotics Co., Ltd.',
        kind: 'organization',
        roleCode: '3',
        sequence: 0,
      },
    ])
    expect(r.citations.map((c) => [c.documentRef, c.category])).toEqual([
      ['US-9000000-B2', 'examiner'],
      ['US-D800000-S1', 'applicant'],
      ['US-20150012345-A1', 'unknown'],
    ])
    expect(r.claims[0]?.claims.map((c) => [c.number, c.dependsOn])).toEqual([
      [1, []],
      [2, [1]],
      [3, [2]],
    ])
    expect(r.claimCount).toBe(3)
    expect(r.source).toMatchObject({ format: 'patentsview-tables', formatVersion: 'tsv' })
    const design = records.get('US-D910001-S1')!
    expect(design.documentType).toBe('design')
    expect(design.parties.assignees).toEqual([
      {
        name: 'Zhang, Chen',
        kind: 'person',
        lastName: 'Zhang',
        firstName: 'Chen',
        roleCode: '5',
        sequence: 0,
      },
    ])
    expect(records.get('US-RE49999-E1')?.documentType).toBe('reissue')
  })

  it('reports bad rows by file, line and field and skips only them', async () => {
    const { summary, records } = await run([FIXTURE])
    const where = summary.errors.map((e) => [e.file.replace(/^.*!/, ''), e.line, e.field])
    expect(where).toEqual(
      expect.arrayContaining([
        ['g_inventor_disambiguated.tsv', 5, 'row'],
        ['g_cpc_current.tsv', 4, 'cpc_group'],
        ['g_patent.tsv', 5, 'patent_date'],
      ]),
    )
    expect(summary.failed).toBe(3)
    // The withdrawn patent is skipped, not failed; the orphan CPC row is reported.
    expect(records.has('US-11000002-B1')).toBe(false)
    expect(summary.notPatents).toBe(1)
    expect(summary.skippedFiles.map((f) => f.reason)).toContain(
      '1 row names a patent that the g_patent table does not hold',
    )
  })

  it('gives the same records from CSV files in any order, and when the join spills to disk', async () => {
    const tsv = await run([FIXTURE])
    const tables = await unzipFixture()
    const dir = mkdtempSync(join(tmpdir(), 'chuhai-pv-'))
    // Renamed files: tables are recognised by their columns, not their names.
    Object.entries(tables).forEach(([name, text], i) =>
      writeFileSync(join(dir, `${String(9 - i)}-${name.slice(2, 6)}.csv`), tsvToCsv(text)),
    )
    const csv = await run([dir])
    const spilled = await run([FIXTURE], { tableMemoryBytes: 1 })
    for (const id of tsv.records.keys()) {
      expect(content(csv.records.get(id)), id).toEqual(content(tsv.records.get(id)))
      expect(spilled.records.get(id), id).toEqual(tsv.records.get(id))
    }
    expect(csv.records.get('US-11000001-B2')?.source.formatVersion).toBe('csv')
    expect(csv.summary.failed).toBe(tsv.summary.failed)
  })

  it('skips an unchanged table set on the next run and rereads it with force', async () => {
    const store = createMemoryPatentStore()
    await ingest([FIXTURE], { store, workers: 0 })
    // The set had failures, so it is read again (and its failures reported again) …
    const again = await ingest([FIXTURE], { store, workers: 0 })
    expect(again.inserted).toBe(0)
    expect(again.unchanged).toBe(3)
    expect(again.failed).toBe(3)
    // … while a clean set is skipped whole.
    const clean = mkdtempSync(join(tmpdir(), 'chuhai-pv-'))
    const tables = await unzipFixture()
    writeFileSync(join(clean, 'p.tsv'), tables.g_patent!.split('\n').slice(0, 3).join('\n') + '\n')
    writeFileSync(join(clean, 'a.tsv'), tables.g_patent_abstract!)
    const first = await ingest([clean], { store, workers: 0 })
    expect(first.failed).toBe(0)
    const second = await ingest([clean], { store, workers: 0 })
    const written = first.inserted + first.replaced + first.unchanged
    expect(written).toBe(2)
    expect(second.unchanged).toBe(written)
    expect(second.inserted + second.replaced).toBe(0)
    const forced = await ingest([clean], { store, workers: 0, force: true })
    expect(forced.unchanged).toBe(written)
    expect(forced.skipped).toBe(written)
  })

  it('reports a table without g_patent, and a row with a broken quote, without failing the rest', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chuhai-pv-'))
    mkdirSync(join(dir, 'only-cpc'))
    writeFileSync(
      join(dir, 'only-cpc', 'cpc.csv'),
      'patent_id,cpc_sequence,cpc_group,cpc_type\n1,0,G06N3/08,inventional\n',
    )
    mkdirSync(join(dir, 'set'))
    writeFileSync(
      join(dir, 'set', 'patent.csv'),
      'patent_id,patent_type,patent_date,patent_title,wipo_kind,num_claims,withdrawn\n' +
        '11000010,utility,2021-01-05,Good one,B2,1,0\n' +
        '11000011,utility,2021-01-05,"Broken "quote" here,B2,1,0\n' +
        '11000012,utility,2021-01-05,Another good one,B1,1,0\n',
    )
    const store = createMemoryPatentStore()
    const summary = await ingest([dir], { store, workers: 0 })
    expect(summary.skippedFiles.map((f) => f.reason)).toContain(
      'PatentsView g_cpc_current table without a g_patent table in its folder: nothing to join it to',
    )
    expect(await store.get('US-11000010-B2')).toBeDefined()
    expect(await store.get('US-11000012-B1')).toBeDefined()
  })
})
