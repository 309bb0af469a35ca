import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { hasShared, NO_SHARED, sharedPath } from '@chuhai/core/testing'
import { ingestJson, runCli, tempDir } from './helpers/run-cli.js'

/**
 * Expected counts per shared folder read by the table, JSON and export parsers, established
 * independently of them (Python's csv and json modules on the files):
 * - nvidia_analytics/data_cleaned: 5,169 rows in nvidia_patent.csv, 17 of them `withdrawn = 1`
 *   (skipped as not issued), so 5,152 grants; every row of the other four tables names one of them.
 * - google-patents-ultrasound: 1,378 lines in each file, the same publication numbers;
 *   publications.jsonl adds citations, so it replaces what publications-nocite.jsonl stored.
 * - patent_client/…/uspto: PPUBS hits (biblio.json, doc.json, their patent_client conversions are
 *   not responses) and ODP file wrappers with a publication number: 161 publications, 32 of them
 *   listed twice with different fields (a search hit, then the document); failures are files that
 *   are not USPTO responses nor patent documents: patent_client's own output (app_1_output.json)
 *   and the assignment search's Solr XML.
 * - api-responses/uspto_odp: 5 publications (11646472 B2 and its A1, US 2024/0362478 A1, two
 *   grant XML files); failures: a note of request URLs, a Go client's re-serialised structs
 *   (PascalCase) and trademark XML.
 */
const FOLDERS = [
  {
    folder: 'nvidia_analytics/data_cleaned',
    stored: 5152,
    replaced: 0,
    notPatents: 17,
    skippedFiles: ['README.md'],
  },
  {
    folder: 'google-patents-ultrasound',
    stored: 1378,
    replaced: 1378,
    notPatents: 0,
    skippedFiles: ['PROVENANCE.md'],
  },
  {
    folder: 'patent_client/patent_client/_sync/uspto',
    stored: 161,
    replaced: 32,
    notPatents: 16,
    skippedFiles: ['swagger.yaml'],
    failures: ['app_1_output.json', 'assignment_1.xml', 'assignment_2.xml', 'assignment_3.xml'],
  },
  {
    folder: 'api-responses/uspto_odp',
    stored: 5,
    replaced: 0,
    notPatents: 75,
    skippedFiles: undefined,
    failures: [
      '_request_urls.json',
      'get_patent_associated_documents.response.json',
      'get_patent_foreign_priority.response.json',
      'get_patent_meta_data.response.json',
      'get_trademark_document_info.response.xml',
      'get_trademark_documents.response.xml',
    ],
  },
] as const

/** Databases the count tests filled, reused by the content checks. */
const filled = new Map<string, string>()

const run = hasShared('data/nvidia_analytics') ? describe : describe.skip

run(
  `offices-tables folders of ../shared ingest ${hasShared('data/nvidia_analytics') ? '' : NO_SHARED}`,
  () => {
    for (const f of FOLDERS) {
      it(`${f.folder}: ${f.stored} publications, only the expected failures, then re-ingest is a no-op`, () => {
        const db = join(tempDir(), 'folder.db')
        const path = sharedPath(`data/${f.folder}`)
        const { run: first, summary } = ingestJson([path, '--db', db])
        filled.set(f.folder, db)
        expect(first.code).toBe(0)
        const failures: readonly string[] = 'failures' in f ? f.failures : []
        expect(summary.errors.map((e) => e.file.split('/').at(-1)).sort()).toEqual(failures)
        expect(summary.failed).toBe(failures.length)
        expect(summary.inserted).toBe(f.stored)
        expect(summary.replaced).toBe(f.replaced)
        expect(summary.not_patents).toBe(f.notPatents)
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
      const folder = 'nvidia_analytics/data_cleaned'
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
  },
)
