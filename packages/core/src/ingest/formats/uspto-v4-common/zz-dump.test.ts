import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { it } from 'vitest'
import { sniffContainer } from '../../container.js'
import { parseDocument } from '../../parse-document.js'
import { splitFile } from '../../../testing/golden.js'
import { sharedPath } from '../../../testing/shared-data.js'
import { usptoApplicationV4 } from '../uspto-application-v4/parser.js'
import { usptoGrantV4 } from '../uspto-grant-v4/parser.js'
const P = [usptoGrantV4, usptoApplicationV4]
const DIRS = ['go-uspto/pkg/uspto/test-data/grant','go-uspto/pkg/uspto/test-data/application','USPTO-PatentPublicData/PatentDocument/resources/samples/xml2004','USPTO-PatentPublicData/PatentDocument/resources/samples/xml2006','USPTO-PatentPublicData/PatentDocument/resources/samples/xml2014','USPTO-PatentPublicData/PatentDocument/resources/samples/xmlApp2004','PatentsView-DB/Assignee_Lawyer_Disambiguation/test/fixtures/xml','PatentsView-DB/Assignee_Lawyer_Disambiguation/test/fixtures/ipgxml','PatentsView-DB/Assignee_Lawyer_Disambiguation/test/fixtures/alchemy','PatentsView-DB/Assignee_Lawyer_Disambiguation/test/fixtures/unittest']
it('dump', () => {
  const out: unknown[] = []
  let bytes = 0
  let ms = 0
  for (const d of DIRS) for (const name of readdirSync(sharedPath('data/' + d)).sort()) {
    const file = join(sharedPath('data/' + d), name)
    if (!statSync(file).isFile()) continue
    const data = readFileSync(file)
    if (!sniffContainer(new TextDecoder('latin1').decode(data.subarray(0, 2048)))) continue
    splitFile(data).forEach((doc, index) => {
      const head = new TextDecoder().decode(doc.bytes.subarray(0, 4096))
      if (!P.some((p) => p.detect(head))) return
      const t0 = performance.now()
      const o = parseDocument(doc.bytes, { file: basename(file), offset: doc.offset, parsers: P })
      ms += performance.now() - t0
      bytes += doc.bytes.length
      out.push({ src: `${d}/${name}`, index, size: doc.bytes.length, status: o.status, issues: o.issues, record: o.record })
    })
  }
  writeFileSync('/tmp/uv4/dump.json', JSON.stringify(out))
  console.log(`MB/s ${(bytes / 1e6 / (ms / 1000)).toFixed(1)} docs ${out.length} bytes ${bytes}`)
})
