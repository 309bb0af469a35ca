import { describe, expect, it } from 'vitest'
import { describeContainerGoldenCases } from '../../../testing/container-golden.js'
import type { GoldenCase } from '../../../testing/golden.js'
import { parseDocument } from '../../parse-document.js'
import { epoOps } from './parser.js'

const GOLDEN = `${import.meta.dirname}/golden`
const PC = 'data/patent_client/patent_client/_sync/epo/ops'
const DEV = 'data/api-responses/epo_ops/patent-dev_examples'

/** One real answer of each OPS service we ingest. */
const CASES: readonly GoldenCase[] = [
  { name: 'biblio-EP2400812A1', source: `${DEV}/get_biblio.response.xml` },
  {
    name: 'full-cycle-EP1000000',
    source: `${PC}/published/fixtures/ep1000000_full_cycle_result.xml`,
  },
  { name: 'family-biblio', source: `${DEV}/get_family_with_biblio.response.xml` },
  { name: 'family', source: `${PC}/family/fixtures/family_input.xml` },
  { name: 'legal-EP1000000', source: `${PC}/legal/fixtures/example_1.xml` },
  { name: 'legal-US', source: `${PC}/legal/fixtures/example_3.xml` },
  { name: 'claims-EP2400812A1', source: `${DEV}/get_claims.response.xml` },
  { name: 'register-biblio', source: `${DEV}/get_register_biblio.response.xml` },
]

describeContainerGoldenCases(epoOps, GOLDEN, CASES)

const encode = (s: string): Uint8Array => new TextEncoder().encode(s)

describe('epoOps', () => {
  it('skips an OPS error body, naming the error', () => {
    const out = parseDocument(
      encode(
        '<error><code>403</code><message>This request has been rejected due to the violation of Fair Use policy</message></error>',
      ),
      { file: 'r.xml', parsers: [epoOps] },
    )
    expect(out.status).toBe('skipped')
    expect(out.documentNumber).toBe('403')
    expect(out.skipped).toMatch(/EPO OPS answered with an error instead of data: 403 This request/)
  })

  it('skips answers without publication data, saying what they are', () => {
    const out = parseDocument(
      encode(
        '<ops:world-patent-data xmlns:ops="http://ops.epo.org"><ops:standardization/></ops:world-patent-data>',
      ),
      { parsers: [epoOps] },
    )
    expect(out).toMatchObject({
      status: 'skipped',
      skipped: 'EPO OPS number-service conversion: no publication data',
    })
  })

  it('gives the legal events of a legal-only family answer, not bare member records', () => {
    const out = parseDocument(
      encode(`<ops:world-patent-data xmlns="http://www.epo.org/exchange" xmlns:ops="http://ops.epo.org"><ops:patent-family legal="true"><ops:family-member family-id="5"><publication-reference><document-id document-id-type="docdb"><country>EP</country><doc-number>1000000</doc-number><kind>B1</kind></document-id></publication-reference>
<ops:legal code="PG25" desc="LAPSED IN A CONTRACTING STATE" infl="-"><ops:L001EP>EP</ops:L001EP><ops:L002EP>F</ops:L002EP><ops:L003EP>  99203729</ops:L003EP><ops:L007EP>2003-02-12</ops:L007EP><ops:L500EP><ops:L501EP>CH</ops:L501EP><ops:L525EP>20030212</ops:L525EP></ops:L500EP></ops:legal></ops:family-member></ops:patent-family></ops:world-patent-data>`),
      { parsers: [epoOps] },
    )
    expect(out.parts).toEqual([])
    expect(out.legal).toEqual([
      {
        publication: 'EP-1000000-B1',
        application: { country: 'EP', number: '99203729' },
        events: [
          {
            code: 'PG25',
            date: '2003-02-12',
            effectiveDate: '2003-02-12',
            country: 'EP',
            state: 'CH',
            description: 'LAPSED IN A CONTRACTING STATE',
            influence: '-',
          },
        ],
        source: { format: 'epo-ops' },
      },
    ])
  })
})
