import { readFileSync, writeFileSync } from 'node:fs'
import { basename } from 'node:path'
import { it } from 'vitest'
import { parseDocument } from '../../parse-document.js'
import { splitFile } from '../../../testing/golden.js'
import { usptoGrantV2 } from './parser.js'
import { usptoPapV1 } from '../uspto-pap-v1/parser.js'

const files = (process.env.SCRATCH_FILES ?? '').split(',').filter(Boolean)
it('scratch', () => {
  for (const f of files) {
    const docs = splitFile(readFileSync(f))
    docs.forEach((d, i) => {
      const t0 = performance.now()
      const out = parseDocument(d.bytes, { file: basename(f), offset: d.offset, text: d.text, parsers: [usptoGrantV2, usptoPapV1] })
      const ms = performance.now() - t0
      writeFileSync(`/tmp/scratch-${basename(f)}-${i}.json`, JSON.stringify(out, null, 2))
      console.log(basename(f), i, out.status, out.documentNumber, ms.toFixed(1), JSON.stringify(out.issues))
    })
  }
})
