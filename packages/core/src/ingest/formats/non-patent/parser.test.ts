import { readdirSync, readFileSync } from 'node:fs'
import { inflateRawSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { splitFile } from '../../../testing/golden.js'
import { hasShared, sharedPath } from '../../../testing/shared-data.js'
import { parseDocument } from '../../parse-document.js'
import { nonPatentDocuments } from './parser.js'

const SAMPLES = 'data/USPTO-PatentPublicData/PatentDocument/resources/samples'
const FIXTURES = 'data/PatentsView-DB/Assignee_Lawyer_Disambiguation/test/fixtures'
const XML4IP = `${SAMPLES}/xml4ip/sample_XML4IP.ZIP`

/** The entries of a zip archive (stored or deflated), read with node:zlib alone. */
function zipEntries(buf: Buffer): { name: string; data: Buffer }[] {
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]))
  let p = buf.readUInt32LE(eocd + 16)
  const out: { name: string; data: Buffer }[] = []
  for (let i = buf.readUInt16LE(eocd + 10); i > 0; i--) {
    const method = buf.readUInt16LE(p + 10)
    const size = buf.readUInt32LE(p + 20)
    const nameLength = buf.readUInt16LE(p + 28)
    const skip = nameLength + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32)
    const local = buf.readUInt32LE(p + 42)
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28)
    const raw = buf.subarray(start, start + size)
    const name = buf.toString('utf8', p + 46, p + 46 + nameLength)
    out.push({ name, data: method === 8 ? inflateRawSync(raw) : raw })
    p += 46 + skip
  }
  return out
}

/** Every whole document of `path` through the default registry. */
function outcomes(relative: string) {
  return splitFile(readFileSync(sharedPath(relative))).map((d) =>
    parseDocument(d.bytes, { file: relative, offset: d.offset, text: d.text }),
  )
}

describe('non-patent detect', () => {
  it.each([
    ['<?xml version="1.0"?>\n<!DOCTYPE sequence-cwu SYSTEM "x.dtd" [ ]>\n<sequence-cwu id="S">'],
    ['<?xml version="1.0"?>\n<class-scheme publication-date="2016-05-01" scheme-type="cpc">'],
    [
      '<?xml version="1.0" ?>\n<uspat:CPCMasterClassificationFile xmlns:uspat="patent:uspto:doc:us:gov">',
    ],
    ['<?xml version="1.0"?><pat:ClaimsDocument xmlns:pat="urn:us:gov:doc:uspto:patent">'],
    ['<?xml version="1.0"?>\n<SpecificationDocument xmlns="urn:us:gov:doc:uspto:patent">'],
  ])('recognises %s', (head) => {
    expect(nonPatentDocuments.detect(head)).toBe(true)
  })

  it.each([
    ['<?xml version="1.0"?>\n<!DOCTYPE us-patent-grant SYSTEM "g.dtd" [ ]>\n<us-patent-grant>'],
    ['<?xml version="1.0"?><pat:ClaimsDocument xmlns:pat="urn:example:other">'],
    ['<?xml version="1.0"?><pat:Patent xmlns:pat="urn:us:gov:doc:uspto:patent">'],
    ['PATN\nWKU  039373754\n'],
  ])('leaves %s to the patent parsers', (head) => {
    expect(nonPatentDocuments.detect(head)).toBe(false)
  })

  it('names the grant a sequence listing belongs to', () => {
    const text =
      '<?xml version="1.0"?><!DOCTYPE sequence-cwu SYSTEM "s.dtd" [ ]><sequence-cwu>' +
      '<publication-reference><document-id><country>US</country><doc-number>07521234</doc-number>' +
      '<kind>B2</kind></document-id></publication-reference></sequence-cwu>'
    const out = parseDocument(new TextEncoder().encode(text), { parsers: [nonPatentDocuments] })
    expect(out).toMatchObject({
      status: 'skipped',
      skipped: 'sequence listing (sequence-cwu) — not a patent publication',
      documentNumber: 'US-7521234-B2',
    })
  })
})

describe.runIf(hasShared('data'))('non-patent files in the shared data', () => {
  it('skips the CPC scheme and CPC master files', () => {
    const scheme = outcomes(`${SAMPLES}/cpcScheme/cpc-scheme-A01L.xml`)
    const master = outcomes(`${SAMPLES}/cpcMaster/cpcMaster.xml`)
    expect(scheme.map((o) => [o.status, o.skipped])).toEqual([
      ['skipped', 'CPC classification scheme (class-scheme A01L) — not a patent publication'],
    ])
    expect(master.map((o) => [o.status, o.skipped])).toEqual([
      ['skipped', 'CPC master classification file (1 record) — not a patent publication'],
    ])
  })

  it('skips every sequence listing fixture with the grant it belongs to', () => {
    const files = readdirSync(sharedPath(`${FIXTURES}/xml`)).filter((f) =>
      readFileSync(sharedPath(`${FIXTURES}/xml/${f}`), 'latin1').includes('<sequence-cwu'),
    )
    expect(files.length).toBeGreaterThanOrEqual(7)
    for (const f of files) {
      const docs = outcomes(`${FIXTURES}/xml/${f}`)
      expect(docs).toHaveLength(1)
      expect(docs[0]).toMatchObject({ status: 'skipped', parser: 'non-patent' })
      expect(docs[0]!.documentNumber).toMatch(/^US-752\d{4}-B2$/)
    }
  })

  it.each([
    ['ipgxml/ipg060103.small.xml', 27, 2],
    ['ipgxml/ipg070102.small.xml', 26, 1],
    ['ipgxml/ipg130416.small.xml', 27, 2],
    ['alchemy/ipg130416.xml', 27, 2],
  ])('skips the sequence listings between the grants of %s', (file, total, listings) => {
    const docs = splitFile(readFileSync(sharedPath(`${FIXTURES}/${file}`)))
    expect(docs).toHaveLength(total)
    const sequences = docs.filter((d) =>
      new TextDecoder().decode(d.bytes.subarray(0, 300)).includes('<!DOCTYPE sequence-cwu'),
    )
    expect(sequences).toHaveLength(listings)
    for (const d of sequences) {
      const out = parseDocument(d.bytes, { file, offset: d.offset })
      expect(out.status, out.issues.map((i) => i.message).join('; ')).toBe('skipped')
      expect(out.skipped).toMatch(/^sequence listing .* — not a patent publication$/)
    }
  })

  it('skips every XML4IP file-wrapper document of the sample zip', () => {
    const entries = zipEntries(readFileSync(sharedPath(XML4IP))).filter((e) =>
      e.name.endsWith('.xml'),
    )
    expect(entries).toHaveLength(13)
    for (const e of entries) {
      const out = parseDocument(e.data, { file: e.name })
      const code = /\.(CLM|SPEC|ABST)\.xml$/.exec(e.name)?.[1]
      const application = /\/(\d{8})\//.exec(e.name)?.[1]
      expect(out.status, e.name).toBe('skipped')
      expect(out.skipped).toMatch(
        new RegExp(
          `^XML4IP file-wrapper document pat:\\w+Document \\(${code}\\) of application ${application} — not a patent publication$`,
        ),
      )
    }
  })
})
