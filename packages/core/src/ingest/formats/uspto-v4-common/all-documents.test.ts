import { readdirSync, readFileSync, statSync } from 'node:fs'
import { basename, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { sniffContainer } from '../../container.js'
import { parseDocument, type DocumentOutcome } from '../../parse-document.js'
import { splitFile } from '../../../testing/golden.js'
import { hasShared, NO_SHARED, sharedPath } from '../../../testing/shared-data.js'
import { usptoApplicationV4 } from '../uspto-application-v4/parser.js'
import { usptoGrantV4 } from '../uspto-grant-v4/parser.js'

const PARSERS = [usptoGrantV4, usptoApplicationV4]

/** Every folder of real v4 documents, with the grants and applications it holds. */
const FOLDERS: readonly { dir: string; grants: number; applications: number }[] = [
  { dir: 'data/go-uspto/pkg/uspto/test-data/grant', grants: 5, applications: 0 },
  { dir: 'data/go-uspto/pkg/uspto/test-data/application', grants: 0, applications: 9 },
  {
    dir: 'data/USPTO-PatentPublicData/PatentDocument/resources/samples/xml2004',
    grants: 2,
    applications: 0,
  },
  {
    dir: 'data/USPTO-PatentPublicData/PatentDocument/resources/samples/xml2006',
    grants: 1,
    applications: 0,
  },
  {
    dir: 'data/USPTO-PatentPublicData/PatentDocument/resources/samples/xml2014',
    grants: 3,
    applications: 0,
  },
  {
    dir: 'data/USPTO-PatentPublicData/PatentDocument/resources/samples/xmlApp2004',
    grants: 0,
    applications: 2,
  },
  {
    dir: 'data/PatentsView-DB/Assignee_Lawyer_Disambiguation/test/fixtures/xml',
    grants: 270,
    applications: 3,
  },
  {
    dir: 'data/PatentsView-DB/Assignee_Lawyer_Disambiguation/test/fixtures/ipgxml',
    grants: 225,
    applications: 0,
  },
  {
    dir: 'data/PatentsView-DB/Assignee_Lawyer_Disambiguation/test/fixtures/alchemy',
    grants: 50,
    applications: 0,
  },
  {
    dir: 'data/PatentsView-DB/Assignee_Lawyer_Disambiguation/test/fixtures/unittest',
    grants: 1,
    applications: 0,
  },
]

/** Every document of every file in `dir` that one of our parsers detects, with its head. */
function* v4Documents(
  dir: string,
): Generator<{ file: string; head: string; bytes: Uint8Array; offset: number }> {
  for (const name of readdirSync(sharedPath(dir)).sort()) {
    const file = join(sharedPath(dir), name)
    if (!statSync(file).isFile()) {
      continue
    }
    const data = readFileSync(file)
    if (!sniffContainer(new TextDecoder('latin1').decode(data.subarray(0, 2048)))) {
      continue
    }
    for (const doc of splitFile(data)) {
      const head = new TextDecoder().decode(doc.bytes.subarray(0, 4096))
      if (PARSERS.some((p) => p.detect(head))) {
        yield { file: basename(file), head, bytes: doc.bytes, offset: doc.offset }
      }
    }
  }
}

describe('every USPTO v4 document in ../shared parses', () => {
  const first = FOLDERS[0]!.dir
  const runRegistry = hasShared(first) ? it : it.skip
  runRegistry('the registry sends every v4 document to these parsers', async () => {
    // Imported here so that an unfinished parser elsewhere in the registry fails this test only.
    const { detectParser } = await import('../../registry.js')
    const routed = FOLDERS.filter((f) => hasShared(f.dir)).flatMap((f) =>
      [...v4Documents(f.dir)].map((d) => detectParser(d.head)?.id),
    )
    expect(new Set(routed)).toEqual(new Set([usptoGrantV4.id, usptoApplicationV4.id]))
  })

  for (const f of FOLDERS) {
    const run = hasShared(f.dir) ? it : it.skip
    run(`${f.dir} ${hasShared(f.dir) ? '' : NO_SHARED}`, () => {
      const outcomes: DocumentOutcome[] = [...v4Documents(f.dir)].map((d) =>
        parseDocument(d.bytes, { file: d.file, offset: d.offset, parsers: PARSERS }),
      )
      const failures = outcomes
        .filter((o) => o.status !== 'ok')
        .map((o) => ({
          number: o.documentNumber,
          issues: o.issues.filter((i) => i.severity === 'error'),
        }))
      expect(failures).toEqual([])
      const count = (parser: string): number => outcomes.filter((o) => o.parser === parser).length
      expect({
        grants: count(usptoGrantV4.id),
        applications: count(usptoApplicationV4.id),
      }).toEqual({
        grants: f.grants,
        applications: f.applications,
      })
    })
  }
})
