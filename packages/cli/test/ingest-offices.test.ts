import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { hasShared, NO_SHARED, sharedPath } from '@chuhai/core/testing'
import { ingestJson, runCli, tempDir } from './helpers/run-cli.js'

/**
 * Expected counts per office folder of ../shared (issue 3, offices-xml), established by counting
 * root elements in the files:
 * - go-epo-eps: 73 `ep-patent-document`s (DTD 1.0–1.5.1, A1/A2/B1/B2); 5 of the `dtds/` examples
 *   repeat test-data documents, so 68 distinct publications.
 * - go-epo-bdds: 10 `exch:exchange-document`s in DE-backfile.xml + AP, WO ×2, YU = 14; the DTD
 *   `docdb-entities.dtd` is recognised, not a patent.
 * - PatentStandardization: 4 USPTO applications, 5 `cn-patent-document`, 4
 *   `business:PatentDocumentAndRelated`, 5 `jp-official-gazette`, 2 WIPO ST.36 examples (EP
 *   documents), 1 ST.96 `pat:PatentPublication` = 21; not patents: 2 ST.36 `toc.xml`, ST.96
 *   trademark, GI and design applications.
 * - patent_client: EPO OPS biblio/full-cycle/family/legal answers give 9 records of 6 distinct
 *   publications (partial records of one publication merge); not patents: 12 parts of an .xlsx code table, 3 USPTO assignment
 *   answers, 1 OPS search list.
 * - api-responses: EPO OPS answers and USPTO grant XML give 47 records of 18 distinct publications;
 *   the 5 failures are the recorded OPS error bodies (400, 401, 403 ×2, 404 fault), each reported
 *   with its file and the error.
 */
const FOLDERS = [
  { folder: 'go-epo-eps', parsed: 73, stored: 68, failed: 0, notPatents: 0 },
  { folder: 'go-epo-bdds', parsed: 14, stored: 14, failed: 0, notPatents: 1 },
  { folder: 'PatentStandardization', parsed: 21, stored: 21, failed: 0, notPatents: 5 },
  { folder: 'patent_client', parsed: 9, stored: 6, failed: 0, notPatents: 16 },
  { folder: 'api-responses', parsed: 47, stored: 18, failed: 5, notPatents: 22 },
] as const

const run = hasShared('data/go-epo-eps') ? describe : describe.skip

run(
  `every office folder of ../shared ingests ${hasShared('data/go-epo-eps') ? '' : NO_SHARED}`,
  () => {
    for (const f of FOLDERS) {
      it(`${f.folder}: ${f.stored} publications, ${f.failed} failures; re-ingest changes nothing`, () => {
        const db = join(tempDir(), 'office.db')
        const path = sharedPath(`data/${f.folder}`)
        const { run: first, summary } = ingestJson([path, '--db', db])
        expect(first.code).toBe(0)
        expect(summary.inserted + summary.replaced + summary.unchanged).toBe(f.parsed)
        expect(summary.inserted).toBe(f.stored)
        expect(summary.failed).toBe(f.failed)
        expect(summary.not_patents).toBe(f.notPatents)
        for (const e of summary.errors) {
          expect(e.file).toMatch(/_(400|401|403|404)\.xml$/)
          expect(e.offset).toBe(0)
          expect(e.id).toBeTruthy()
          expect(e.reason).toMatch(/EPO OPS answered with an error instead of data/)
        }
        const { summary: again } = ingestJson([path, '--db', db])
        expect(again.inserted + again.replaced).toBe(0)
        expect(again.failed).toBe(f.failed)
      })
    }

    it('show gives the legal status of EP 1000000 from its INPADOC events, as of today', () => {
      const db = join(tempDir(), 'legal.db')
      ingestJson([sharedPath('data/patent_client'), '--db', db])
      const shown = runCli(['show', 'EP1000000A1', '--db', db, '--json'])
      expect(shown.code, shown.stderr).toBe(0)
      const record = JSON.parse(shown.stdout) as {
        family?: { docdb?: string }
        legalStatus?: { status: string; basis: string; lapsedIn?: string[] }
      }
      expect(record.family?.docdb).toBe('19768124')
      // Filed 1999-11-08: granted, no opposition, and past its 20-year term.
      expect(record.legalStatus).toMatchObject({ status: 'expired', basis: 'term' })
      expect(record.legalStatus?.lapsedIn).toContain('GB')
      const text = runCli(['show', 'EP1000000A1', '--db', db])
      expect(text.stdout).toMatch(/Legal status: expired since 2019-11-08/)
    })
  },
)

describe('bad office documents are reported with file, offset, id and reason, and the rest lands', () => {
  it('a DOCDB file with an unknown office code, a truncated EP document and an OPS error body', () => {
    const dir = tempDir()
    const doc = (country: string, number: string): string =>
      `<exch:exchange-document country="${country}" doc-number="${number}" kind="A1" family-id="9"><exch:bibliographic-data><exch:invention-title lang="en">T ${number}</exch:invention-title></exch:bibliographic-data></exch:exchange-document>`
    writeFileSync(
      join(dir, 'docdb.xml'),
      `<?xml version="1.0"?>\n<exch:exchange-documents xmlns:exch="http://www.epo.org/exchange">${doc('DE', '100')}${doc('QQ', '200')}${doc('FR', '300')}</exch:exchange-documents>\n`,
    )
    writeFileSync(
      join(dir, 'ep.xml'),
      '<?xml version="1.0"?>\n<ep-patent-document id="EP1A1" country="EP" doc-number="1234567" kind="A1" lang="en" dtd-version="ep-patent-document-v1-5-1"><SDOBI><B100><B110>1234567</B110><B190>EP</B190></B100></SDOBI><description><p>cut off',
    )
    writeFileSync(
      join(dir, 'ops_403.xml'),
      '<error><code>403</code><message>fair use</message></error>',
    )
    const db = join(tempDir(), 'bad.db')
    const { run: r, summary } = ingestJson([dir, '--db', db])
    expect(r.code).toBe(0)
    expect(summary.inserted).toBe(2)
    expect(summary.failed).toBe(3)
    const byFile = Object.fromEntries(summary.errors.map((e) => [e.file.split('/').pop(), e]))
    expect(byFile['docdb.xml']).toMatchObject({ offset: 0, id: 'QQ200A1' })
    expect(byFile['docdb.xml']?.reason).toMatch(/unknown country code "QQ"/)
    expect(byFile['ep.xml']).toMatchObject({ offset: 0, id: 'EP1A1' })
    expect(byFile['ep.xml']?.reason).toMatch(/truncated document/)
    expect(byFile['ops_403.xml']?.reason).toMatch(
      /EPO OPS answered with an error instead of data: 403 fair use/,
    )
    const shown = runCli(['show', 'FR300A1', '--db', db, '--json'])
    expect(JSON.parse(shown.stdout)).toMatchObject({ id: 'FR-300-A1', family: { docdb: '9' } })
  })
})
