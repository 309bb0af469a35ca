import { readFileSync } from 'node:fs'
import { it } from 'vitest'
import { decodeDocument } from '../../decode.js'
import { parseXmlTree } from '../../xml/tree.js'
import { child, proseText, rawText } from '../../xml/query.js'
import { splitFile } from '../../../testing/golden.js'
import { sharedPath } from '../../../testing/shared-data.js'
import { usptoGrantV4 } from '../uspto-grant-v4/parser.js'
import { mapBiblio } from './map-biblio.js'
import { createMapContext } from './context.js'
import { mapClaims } from './fragments/claims.js'
it('bench2', () => {
  const files = ['ipg050104.small.xml','ipg060103.small.xml','ipg070102.small.xml','ipg080101.small.xml','ipg090106.small.xml','ipg100105.small.xml','ipg110104.small.xml','ipg120103.small.xml','ipg130416.small.xml']
  const docs = files.flatMap((f) => splitFile(readFileSync(sharedPath('data/PatentsView-DB/Assignee_Lawyer_Disambiguation/test/fixtures/ipgxml/' + f))))
    .filter((d) => usptoGrantV4.detect(new TextDecoder().decode(d.bytes.subarray(0, 4096))))
  const texts = docs.map((d) => (decodeDocument(d.bytes, { text: false }) as { text: string }).text)
  const roots = texts.map((t) => parseXmlTree(t).root!)
  const bytes = docs.reduce((a, d) => a + d.bytes.length, 0)
  const ctx = createMapContext('en', [])
  const time = (label: string, fn: () => void): void => {
    for (let w = 0; w < 2; w++) fn()
    const t0 = performance.now()
    const n = 5
    for (let k = 0; k < n; k++) fn()
    const s = (performance.now() - t0) / 1000 / n
    console.log(`${label.padEnd(14)} ${(s * 1000).toFixed(1)} ms  (${(bytes / 1e6 / s).toFixed(1)} MB/s)`)
  }
  time('tree', () => texts.forEach((t) => parseXmlTree(t)))
  time('biblio', () => roots.forEach((r) => mapBiblio(child(r, 'us-bibliographic-data-grant')!, undefined, ctx)))
  time('description', () => roots.forEach((r) => proseText(child(r, 'description'))))
  let chars = 0, nodes = 0, blocks = 0
  const count = (e: import('../../xml/tree.js').XmlElement): void => { for (const c of e.children) { if (typeof c === 'string') { chars += c.length } else { nodes++; if (c.name === 'p' || c.name === 'entry' || c.name === 'row') blocks++; count(c) } } }
  roots.forEach((r) => count(child(r, 'description')!))
  console.log({ chars, nodes, blocks })
  time('rawText', () => roots.forEach((r) => rawText(child(r, 'description')!)))
  time('rawText+re', () => roots.forEach((r) => rawText(child(r, 'description')!).replace(/\s+/g, ' ')))
  time('abstract', () => roots.forEach((r) => proseText(child(r, 'abstract'))))
  time('claims', () => roots.forEach((r) => mapClaims(child(r, 'claims')!, ctx)))
}, 120000)
