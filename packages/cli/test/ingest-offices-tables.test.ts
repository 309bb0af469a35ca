import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { hasShared, NO_SHARED, sharedPath } from '@chuhai/core/testing'
import { ingestJson, runCli, tempDir } from './helpers/run-cli.js'
import { foldersOf } from './helpers/shared-folders.js'

/** Files of each top-level folder that hold no patent documents, in walk order. */
const SKIPPED_FILES: Readonly<Record<string, readonly string[]>> = {
  nvidia_analytics: ['PROVENANCE.md', 'README.md'],
  'google-patents-ultrasound': ['PROVENANCE.md'],
  'chinese-patent-cpc': ['PROVENANCE.md', 'README.md'],
}

/**
 * The table, JSON-export and CSV folders of ../shared (counts in helpers/shared-folders.ts), and
 * two sub-folders read on their own, established with Python's json module:
 * - patent_client/…/uspto: PPUBS hits (biblio.json, doc.json, their patent_client conversions are
 *   not responses) and ODP file wrappers with a publication number: 161 publications, 32 of them
 *   listed twice with different fields (a search hit, then the document); files that are not USPTO
 *   responses nor patent documents (patent_client's own output app_1_output.json, the assignment
 *   search's Solr XML) are skipped as non-patents.
 * - api-responses/uspto_odp: 5 publications (11646472 B2 and its A1, US 2024/0362478 A1, two
 *   grant XML files); a note of request URLs, a Go client's re-serialised structs (PascalCase) and
 *   trademark XML are skipped as non-patents.
 */
const FOLDERS = [
  ...foldersOf('ingest-offices-tables').map((f) => ({
    folder: f.folder,
    stored: f.stored,
    replaced: f.replaced,
    notPatents: f.notPatents,
    skippedFiles: SKIPPED_FILES[f.folder],
  })),
  {
    folder: 'patent_client/patent_client/_sync/uspto',
    stored: 161,
    replaced: 32,
    // + patent_client's own output (JSON no parser reads) and the assignment search's Solr XML
    // (recognised by the office non-patent parser): skipped, not failed.
    notPatents: 20,
    skippedFiles: ['swagger.yaml'],
  },
  {
    folder: 'api-responses/uspto_odp',
    stored: 5,
    replaced: 0,
    // + the request-URL note, the Go client's re-serialised structs and the trademark XML: skipped.
    notPatents: 81,
    skippedFiles: undefined,
  },
]

/** Databases the count tests filled, reused by the content checks. */
const filled = new Map<string, string>()

const run = hasShared('data/nvidia_analytics') ? describe : describe.skip

run(
  `offices-tables folders of ../shared ingest ${hasShared('data/nvidia_analytics') ? '' : NO_SHARED}`,
  () => {
    for (const f of FOLDERS) {
      it(`${f.folder}: ${f.stored} publications, no failures, then re-ingest is a no-op`, () => {
        const db = join(tempDir(), 'folder.db')
        const path = sharedPath(`data/${f.folder}`)
        const { run: first, summary } = ingestJson([path, '--db', db])
        filled.set(f.folder, db)
        expect(first.code).toBe(0)
        // No folder has a failing document: what is not a patent is skipped and counted as such.
        const failures: readonly string[] = []
        expect(summary.errors.map((e) => e.file.split('/').at(-1)).sort()).toEqual(failures)
        expect(summary.failed).toBe(failures.length)
        expect(summary.inserted).toBe(f.stored)
        expect(summary.replaced).toBe(f.replaced)
        expect(summary.not_patents).toBe(f.notPatents)
        expect(summary.skipped_documents).toHaveLength(f.notPatents)
        expect(summary.skipped_documents.every((d) => d.reason !== '')).toBe(true)
        if (f.skippedFiles) {
          expect(summary.skipped_files.map((s) => s.file.split('/').at(-1))).toEqual(f.skippedFiles)
        }
        const stats = JSON.parse(runCli(['stats', '--db', db, '--json']).stdout) as {
          documents: number
        }
        expect(stats.documents).toBe(f.stored)
        const { summary: again } = ingestJson([path, '--db', db])
        expect(again.inserted + again.replaced).toBe(0)
        expect(again.failed).toBe(failures.length)
      })
    }

    it('NVIDIA grants carry title, abstract, CPC, assignee, inventors, grant date and kind', () => {
      const folder = 'nvidia_analytics'
      const db = filled.get(folder) ?? join(tempDir(), 'nvidia.db')
      if (!filled.has(folder)) {
        ingestJson([sharedPath(`data/${folder}`), '--db', db])
      }
      const conn = new Database(db, { readonly: true })
      try {
        const missing = conn
          .prepare(
            `SELECT
             sum(NOT EXISTS (SELECT 1 FROM texts t WHERE t.doc = p.doc AND t.field = 'title')) AS title,
             sum(NOT EXISTS (SELECT 1 FROM texts t WHERE t.doc = p.doc AND t.field = 'abstract')) AS abstract,
             sum(NOT EXISTS (SELECT 1 FROM classifications c WHERE c.doc = p.doc AND c.scheme = 'cpc')) AS cpc,
             sum(NOT EXISTS (SELECT 1 FROM parties x WHERE x.doc = p.doc AND x.role = 'assignee')) AS assignee,
             sum(NOT EXISTS (SELECT 1 FROM parties x WHERE x.doc = p.doc AND x.role = 'inventor')) AS inventor,
             sum(p.grant_date IS NULL) AS grant_date, sum(p.kind IS NULL) AS kind
           FROM publications p`,
          )
          .get() as Record<string, number>
        // Counted with Python's csv module: 19 grants have no row in nvidia_cpc.csv and 12 design
        // patents no abstract; every grant has a title, an assignee and inventors.
        expect(missing).toEqual({
          title: 0,
          abstract: 12,
          cpc: 19,
          assignee: 0,
          inventor: 0,
          grant_date: 0,
          kind: 0,
        })
        const names = conn
          .prepare(
            `SELECT DISTINCT name FROM parties WHERE role = 'assignee' AND name LIKE 'NVIDIA%'`,
          )
          .all()
        expect(names).toContainEqual({ name: 'NVIDIA CORPORATION' })
      } finally {
        conn.close()
      }
    })

    it('Chinese applications keep their text as written, tagged zh, with their CPC groups', () => {
      const folder = 'chinese-patent-cpc'
      const db = filled.get(folder) ?? join(tempDir(), 'cn.db')
      if (!filled.has(folder)) {
        ingestJson([sharedPath(`data/${folder}`), '--db', db])
      }
      const shown = runCli(['show', 'CN116842782A', '--db', db, '--json'])
      expect(shown.code, shown.stderr).toBe(0)
      const record = JSON.parse(shown.stdout) as {
        id: string
        stage: string
        titles: { lang: string; text: string }[]
        abstracts: { lang: string; text: string }[]
        classifications: { scheme: string; symbol: string }[]
      }
      expect(record).toMatchObject({ id: 'CN-116842782-A', stage: 'application' })
      expect(record.titles).toEqual([
        { lang: 'zh', text: '基于卷积神经网络的双输出水电机组下机架结构仿真方法' },
      ])
      expect(record.abstracts[0]?.text).toMatch(/^本发明公开了基于卷积神经网络的双输出/)
      expect(record.classifications.map((c) => c.symbol)).toEqual([
        'G06F 30/23',
        'G06F 30/27',
        'G06F 2119/14',
      ])
      const stats = JSON.parse(runCli(['stats', '--db', db, '--json']).stdout) as {
        by_country: Record<string, number>
        by_kind: Record<string, number>
      }
      expect(stats.by_country).toEqual({ CN: 57 })
      expect(stats.by_kind).toEqual({ A: 57 })
    })
  },
)
