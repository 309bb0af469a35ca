import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { hasShared, NO_SHARED, sharedPath } from '@chuhai/core/testing'
import { ingestJson, runCli, tempDir } from './helpers/run-cli.js'
import { foldersOf } from './helpers/shared-folders.js'

/** The office folders of ../shared, with counts established in helpers/shared-folders.ts. */
const FOLDERS = foldersOf('ingest-offices')

const run = hasShared('data/go-epo-eps') ? describe : describe.skip

run(
  `every office folder of ../shared ingests ${hasShared('data/go-epo-eps') ? '' : NO_SHARED}`,
  () => {
    for (const f of FOLDERS) {
      it(`${f.folder}: ${f.stored} publications, no failures; re-ingest changes nothing`, () => {
        const db = join(tempDir(), 'office.db')
        const path = sharedPath(`data/${f.folder}`)
        const { run: first, summary } = ingestJson([path, '--db', db])
        expect(first.code).toBe(0)
        expect(summary.inserted + summary.replaced + summary.unchanged).toBe(f.parsed)
        expect(summary.inserted).toBe(f.stored)
        expect(summary.replaced).toBe(f.replaced)
        expect(summary.errors).toEqual([])
        expect(summary.failed).toBe(0)
        expect(summary.not_patents).toBe(f.notPatents)
        expect(summary.skipped_documents).toHaveLength(f.notPatents)
        expect(summary.skipped_documents.every((d) => d.reason.length > 10)).toBe(true)
        // The recorded OPS error bodies are no data: skipped, each with the error it states.
        const opsErrors = summary.skipped_documents.filter((d) =>
          /EPO OPS answered with an error/.test(d.reason),
        )
        expect(opsErrors.map((d) => d.file.split('/').at(-1)).sort()).toEqual(
          f.folder === 'api-responses'
            ? [
                'epo_family_token_refresh_00_400.xml',
                'patent_application_requests_06_401.xml',
                'rate_limit_exceeded_00_403.xml',
                'rate_limit_exceeded_01_403.xml',
                'register_search_ipc_31_404.xml',
              ]
            : [],
        )
        const { summary: again } = ingestJson([path, '--db', db])
        expect(again.inserted + again.replaced).toBe(0)
        expect(again.failed).toBe(0)
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
  it('a DOCDB file with an unknown office code, a truncated EP document; an OPS error body is skipped', () => {
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
    expect(summary.failed).toBe(2)
    const byFile = Object.fromEntries(summary.errors.map((e) => [e.file.split('/').pop(), e]))
    expect(byFile['docdb.xml']).toMatchObject({ offset: 0, id: 'QQ200A1' })
    expect(byFile['docdb.xml']?.reason).toMatch(/unknown country code "QQ"/)
    expect(byFile['ep.xml']).toMatchObject({ offset: 0, id: 'EP1A1' })
    expect(byFile['ep.xml']?.reason).toMatch(/truncated document/)
    expect(byFile['ops_403.xml']).toBeUndefined()
    expect(summary.skipped_documents).toEqual([
      {
        file: expect.stringMatching(/ops_403\.xml$/) as string,
        offset: 0,
        reason: 'EPO OPS answered with an error instead of data: 403 fair use',
      },
    ])
    const shown = runCli(['show', 'FR300A1', '--db', db, '--json'])
    expect(JSON.parse(shown.stdout)).toMatchObject({ id: 'FR-300-A1', family: { docdb: '9' } })
  })
})
