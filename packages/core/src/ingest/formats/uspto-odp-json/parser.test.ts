import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import { basename, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { hasShared, NO_SHARED, sharedPath } from '../../../testing/shared-data.js'
import { parseDocument } from '../../parse-document.js'
import { usptoOdpJson } from './parser.js'

const GOLDEN = join(import.meta.dirname, 'golden')
const ODP = 'data/api-responses/uspto_odp'
const PC = 'data/patent_client/patent_client/_sync/uspto'

/** One response per shape: ODP raw, ODP as documented, ODP beta 2024, patent_client ODP, PPUBS. */
const CASES = [
  {
    name: 'odp-raw-search-patents',
    source: `${ODP}/patent-dev_strictdecode_raw/search_patents.json`,
  },
  {
    name: 'odp-search-patents-cn-priority',
    source: `${ODP}/patent-dev_examples/search_patents.response.json`,
  },
  {
    name: 'odp-beta-2024-basic-data',
    source: `${ODP}/patent_client_beta_2024/odp_beta_test_get_application_basic_data_00_200.json`,
  },
  { name: 'odp-patent-client-application', source: `${PC}/odp/fixtures/application.json` },
  { name: 'ppubs-document', source: `${PC}/public_search/fixtures/doc.json` },
] as const

/** Every record of a document: the first and the rest. */
function parse(source: string) {
  const bytes = readFileSync(sharedPath(source))
  const outcome = parseDocument(bytes, {
    file: basename(source),
    offset: 0,
    parsers: [usptoOdpJson],
  })
  return { outcome, records: outcome.record ? [outcome.record, ...(outcome.more ?? [])] : [] }
}

describe(`${usptoOdpJson.id} golden files`, () => {
  for (const c of CASES) {
    const run = hasShared(c.source) ? it : it.skip
    run(`${c.name} ${hasShared(c.source) ? '' : NO_SHARED}`, () => {
      const { outcome, records } = parse(c.source)
      expect(outcome.issues.filter((i) => i.severity === 'error')).toEqual([])
      expect(outcome.status).toBe('ok')
      const file = join(GOLDEN, `${c.name}.expected.json`)
      const actual = JSON.parse(JSON.stringify(records)) as unknown
      if (process.env.UPDATE_GOLDEN === '1' || !existsSync(file)) {
        mkdirSync(GOLDEN, { recursive: true })
        writeFileSync(file, `${JSON.stringify(actual, null, 2)}\n`)
      }
      expect(actual).toEqual(JSON.parse(readFileSync(file, 'utf8')))
    })
  }
})

const run = hasShared(ODP) ? describe : describe.skip

run(`${usptoOdpJson.id} content ${hasShared(ODP) ? '' : NO_SHARED}`, () => {
  it('gives the pre-grant publication and the grant of a file wrapper, with kinds from the history', () => {
    const { records } = parse(`${ODP}/patent-dev_strictdecode_raw/get_patent.json`)
    expect(records.map((r) => [r.id, r.stage, r.publication.date])).toEqual([
      ['US-20210210819-A1', 'application', '2021-07-08'],
      ['US-11646472-B2', 'grant', '2023-05-09'],
    ])
    expect(records[1]?.application).toEqual({
      country: 'US',
      number: '17248024',
      date: '2021-01-05',
    })
  })

  it('turns foreign priority office names into codes', () => {
    const { records } = parse(`${ODP}/patent-dev_examples/search_patents.response.json`)
    expect(records[0]?.priorityClaims).toEqual([
      { country: 'CN', number: '2023104556449', date: '2023-04-25', sequence: 0 },
    ])
  })

  it('skips bodies without publications and API errors, with the reason', () => {
    const transactions = parse(
      `${ODP}/patent-dev_strictdecode_raw/get_patent_transactions.json`,
    ).outcome
    expect(transactions.status).toBe('skipped')
    const error = parse(
      `${ODP}/patent_client_beta_2024/odp_beta_test_get_transactions_00_404.json`,
    ).outcome
    expect(error).toMatchObject({
      status: 'skipped',
      skipped: expect.stringMatching(/^USPTO API error response 404/),
    })
  })
})

describe(`${usptoOdpJson.id} bad input`, () => {
  it('fails truncated JSON with the parser error', () => {
    const outcome = parseDocument(
      new TextEncoder().encode('{"count": 1, "patentBag": [{"inventionTitle": "X"'),
      { parsers: [usptoOdpJson] },
    )
    expect(outcome.status).toBe('failed')
    expect(outcome.issues[0]?.message).toMatch(/not JSON/)
  })
})
