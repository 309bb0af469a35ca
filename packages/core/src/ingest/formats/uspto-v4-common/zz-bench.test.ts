import { readFileSync } from 'node:fs'
import { it } from 'vitest'
import { parseDocument } from '../../parse-document.js'
import { decodeDocument } from '../../decode.js'
import { parseXmlTree } from '../../xml/tree.js'
import { splitFile } from '../../../testing/golden.js'
import { sharedPath } from '../../../testing/shared-data.js'
import { PatentRecord } from '../../../model/patent.js'
import { usptoGrantV4 } from '../uspto-grant-v4/parser.js'
it('bench', () => {
  const files = ['ipg050104.small.xml','ipg060103.small.xml','ipg070102.small.xml','ipg080101.small.xml','ipg090106.small.xml','ipg100105.small.xml','ipg110104.small.xml','ipg120103.small.xml','ipg130416.small.xml']
  const docs = files.flatMap((f) => splitFile(readFileSync(sharedPath('data/PatentsView-DB/Assignee_Lawyer_Disambiguation/test/fixtures/ipgxml/' + f))))
    .filter((d) => usptoGrantV4.detect(new TextDecoder().decode(d.bytes.subarray(0, 4096))))
  const texts = docs.map((d) => (decodeDocument(d.bytes, { text: false }) as { text: string }).text)
  const bytes = docs.reduce((a, d) => a + d.bytes.length, 0)
  const time = (label: string, fn: () => void): void => {
    for (let w = 0; w < 2; w++) fn()
    const t0 = performance.now()
    const n = 3
    for (let k = 0; k < n; k++) fn()
    const s = (performance.now() - t0) / 1000 / n
    console.log(`${label.padEnd(14)} ${(bytes / 1e6 / s).toFixed(1)} MB/s`)
  }
  time('decode', () => docs.forEach((d) => decodeDocument(d.bytes, { text: false })))
  time('tree', () => texts.forEach((t) => parseXmlTree(t)))
  time('parse', () => texts.forEach((t) => usptoGrantV4.parse(t, {})))
  const recs = texts.map((t) => usptoGrantV4.parse(t, {}).record)
  time('zod', () => recs.forEach((r) => PatentRecord.safeParse(r)))
  time('parseDocument', () => docs.forEach((d) => parseDocument(d.bytes, { parsers: [usptoGrantV4] })))
}, 120000)
