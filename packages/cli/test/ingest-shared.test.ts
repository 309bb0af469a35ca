import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import yazl from 'yazl'
import { hasShared, NO_SHARED, sharedPath } from '@chuhai/core/testing'
import { ingestJson, runCli, tempDir } from './helpers/run-cli.js'

/**
 * Expected counts per USPTO folder of ../shared, established independently of the parsers by
 * counting root elements, `PATN` records and BRS boundaries in the files:
 * - USPTO-PatentPublicData: 6 us-patent-grant + 2 us-patent-application + 3 pap + 3 PATDOC
 *   + 3 APS + 6 BRS = 23 publications; not patents: CPC master, CPC scheme and 13 XML4IP parts.
 * - go-uspto: 7 + 9 v4 + 3 PATDOC + 2 pap = 21 documents; test.xml repeats v4-5-B2.xml
 *   (US 11,147,202 B2), so 20 distinct publications.
 * - PatentsView-DB: 546 grants + 3 v4 applications + 1 pap = 550 documents, 468 distinct
 *   (the weekly excerpts overlap); 14 sequence listings; basic.xml is a 12-line `<a>` toy, not a
 *   patent document, and is the one failure.
 */
const FOLDERS = [
  { folder: 'USPTO-PatentPublicData', parsed: 23, stored: 23, failed: 0, notPatents: 15 },
  { folder: 'go-uspto', parsed: 21, stored: 20, failed: 0, notPatents: 0 },
  { folder: 'PatentsView-DB', parsed: 550, stored: 468, failed: 1, notPatents: 14 },
] as const

/** A digest of everything stored: row counts of every table and the records with their hashes. */
function snapshot(db: string): string {
  const conn = new Database(db, { readonly: true })
  try {
    const tables = (
      conn
        .prepare(
          "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '%fts%' order by name",
        )
        .all() as { name: string }[]
    ).map((t) => t.name)
    const counts = tables.map(
      (t) => `${t}:${(conn.prepare(`select count(*) as n from "${t}"`).get() as { n: number }).n}`,
    )
    const rows = conn.prepare('select id, content_hash from publications order by id').all()
    return JSON.stringify({
      counts: counts.filter((c) => !c.startsWith('ingest_checkpoints')),
      rows,
    })
  } finally {
    conn.close()
  }
}

const run = hasShared('data/go-uspto') ? describe : describe.skip

run(
  `every USPTO folder of ../shared ingests ${hasShared('data/go-uspto') ? '' : NO_SHARED}`,
  () => {
    for (const f of FOLDERS) {
      it(`${f.folder}: ${f.parsed} documents, ${f.failed} failures, then re-ingest is a no-op`, () => {
        const db = join(tempDir(), 'folder.db')
        const path = sharedPath(`data/${f.folder}`)
        const { run: first, summary } = ingestJson([path, '--db', db])
        expect(first.code).toBe(0)
        expect(summary.inserted + summary.replaced + summary.unchanged).toBe(f.parsed)
        expect(summary.inserted).toBe(f.stored)
        expect(summary.failed).toBe(f.failed)
        expect(summary.not_patents).toBe(f.notPatents)
        for (const e of summary.errors) {
          expect(e.file).toMatch(/basic\.xml$/)
          expect(e.reason).toMatch(/unknown document format: root element <a>/)
        }
        const stats = JSON.parse(runCli(['stats', '--db', db, '--json']).stdout) as {
          documents: number
        }
        expect(stats.documents).toBe(f.stored)

        const before = snapshot(db)
        const { summary: again } = ingestJson([path, '--db', db])
        expect(again.documents).toBe(0)
        expect(again.inserted + again.replaced).toBe(0)
        expect(again.failed).toBe(f.failed)
        expect(snapshot(db)).toBe(before)
      })
    }

    it('reads a zip of the files directly, with the same result as the folder', async () => {
      const dir = tempDir()
      const base = sharedPath('data/go-uspto')
      const files = listFiles(base)
      const zipPath = join(dir, 'ipg-go-uspto.zip')
      await new Promise<void>((resolve, reject) => {
        const zip = new yazl.ZipFile()
        for (const file of files) {
          zip.addBuffer(readFileSync(file), relative(base, file))
        }
        zip.end()
        const chunks: Buffer[] = []
        zip.outputStream.on('data', (c: Buffer) => chunks.push(c))
        zip.outputStream.on('end', () => {
          writeFileSync(zipPath, Buffer.concat(chunks))
          resolve()
        })
        zip.outputStream.on('error', reject)
      })
      const fromZip = join(dir, 'zip.db')
      const fromFolder = join(dir, 'folder.db')
      const z = ingestJson([zipPath, '--db', fromZip]).summary
      ingestJson([base, '--db', fromFolder])
      expect(z.inserted).toBe(20)
      expect(z.failed).toBe(0)
      expect(JSON.parse(snapshot(fromZip)).rows).toEqual(JSON.parse(snapshot(fromFolder)).rows)
    })

    it('show prints a design patent and a pre-grant publication in any spelling', () => {
      const db = join(tempDir(), 'show.db')
      ingestJson([sharedPath('data/USPTO-PatentPublicData'), '--db', db])
      const design = runCli(['show', 'USD0435854S1', '--db', db, '--json'])
      expect(design.code, design.stderr).toBe(0)
      expect(JSON.parse(design.stdout)).toMatchObject({
        id: 'US-D435854-S',
        documentType: 'design',
      })
      const pgpub = runCli(['show', 'US 2001/0000943 A1', '--db', db])
      expect(pgpub.code, pgpub.stderr).toBe(0)
      expect(pgpub.stdout).toMatch(/^US 2001\/0000943 A1 — /)
    })
  },
)

function listFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((n) => !n.startsWith('.'))
    .flatMap((n) => {
      const p = join(dir, n)
      return statSync(p).isDirectory() ? listFiles(p) : [p]
    })
    .sort()
}
