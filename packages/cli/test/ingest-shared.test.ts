import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import yazl from 'yazl'
import { hasShared, NO_SHARED, sharedPath } from '@chuhai/core/testing'
import { ingestJson, runCli, tempDir } from './helpers/run-cli.js'
import { foldersOf } from './helpers/shared-folders.js'

/** The USPTO folders of ../shared, with counts established in helpers/shared-folders.ts. */
const FOLDERS = foldersOf('ingest-shared')

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
      it(`${f.folder}: ${f.parsed} documents, no failures, then re-ingest is a no-op`, () => {
        const db = join(tempDir(), 'folder.db')
        const path = sharedPath(`data/${f.folder}`)
        const { run: first, summary } = ingestJson([path, '--db', db])
        expect(first.code).toBe(0)
        expect(summary.inserted + summary.replaced + summary.unchanged).toBe(f.parsed)
        expect(summary.inserted).toBe(f.stored)
        expect(summary.replaced).toBe(f.replaced)
        expect(summary.errors).toEqual([])
        expect(summary.failed).toBe(0)
        expect(summary.not_patents).toBe(f.notPatents)
        // What is not a patent is skipped with its reason: sequence listings, CPC and XML4IP
        // files, and PatentsView-DB's basic.xml (a `<a>` toy with no patent element).
        expect(summary.skipped_documents).toHaveLength(f.notPatents)
        for (const d of summary.skipped_documents) {
          expect(d.reason).toMatch(
            /not a patent publication$|^XML that is no patent document \(root element <a>, no patent elements\)$/,
          )
        }
        const stats = JSON.parse(runCli(['stats', '--db', db, '--json']).stdout) as {
          documents: number
        }
        expect(stats.documents).toBe(f.stored)

        const before = snapshot(db)
        const { summary: again } = ingestJson([path, '--db', db])
        expect(again.documents).toBe(0)
        expect(again.inserted + again.replaced).toBe(0)
        expect(again.failed).toBe(0)
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
