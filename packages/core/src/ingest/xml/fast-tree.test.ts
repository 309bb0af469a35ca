import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { splitFile } from '../../testing/golden.js'
import { hasShared, NO_SHARED, sharedPath } from '../../testing/shared-data.js'
import { treeDifference } from '../../testing/xml-differential.js'
import { decodeDocument } from '../decode.js'
import { closeEmptyElements } from '../formats/uspto-grant-v2/sgml.js'
import { decodeNamedEntities } from './iso-entities.js'
import { readProlog } from './prolog.js'

// Differential test: the hand-written builder (fast-tree.ts) against htmlparser2, the builder it
// replaced, on every real document; generated input is in fast-tree.property.test.ts.

function xmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = join(dir, name)
    return statSync(file).isDirectory() ? xmlFiles(file) : /\.xml$/i.test(name) ? [file] : []
  })
}

function documents(file: string): Uint8Array[] {
  const bytes = readFileSync(file)
  try {
    return splitFile(bytes).map((d) => d.bytes)
  } catch {
    return [bytes] // not a patent container: the file is one document
  }
}

describe('buildXmlTree = htmlparser2 on every XML document in ../shared', () => {
  for (const dir of ['data/go-uspto', 'data/USPTO-PatentPublicData', 'data/PatentsView-DB']) {
    const run = hasShared(dir) ? it : it.skip
    run(
      `${dir} ${hasShared(dir) ? '' : NO_SHARED}`,
      () => {
        const failures: string[] = []
        let compared = 0
        for (const file of xmlFiles(sharedPath(dir))) {
          documents(file).forEach((bytes, index) => {
            const decoded = decodeDocument(bytes, { text: false })
            const text = decoded.ok ? decoded.text : new TextDecoder('latin1').decode(bytes)
            // As the v4 parsers read it, and as the ST.32 and PAP parsers do after the prolog.
            const prolog = readProlog(text)
            const body = decodeNamedEntities(text.slice(prolog.bodyStart), prolog.doctype?.entities)
            for (const [how, input] of [
              ['whole', text],
              ['body', closeEmptyElements(body.text)],
            ] as const) {
              compared++
              const d = treeDifference(input)
              if (d) {
                failures.push(`${relative(sharedPath(dir), file)} #${index} (${how}): ${d}`)
              }
            }
          })
        }
        expect(failures.slice(0, 5)).toEqual([])
        expect(compared).toBeGreaterThan(10)
        // Every document of a folder, twice: seconds of CPU, more on a loaded machine.
      },
      120_000,
    )
  }
})
