import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseDocument } from '../ingest/parse-document.js'
import type { PatentParser } from '../ingest/parser.js'
import { splitFile, type GoldenCase } from './golden.js'
import { hasShared, NO_SHARED, sharedPath } from './shared-data.js'

/**
 * Golden-file tests for formats whose one document holds many publications (DOCDB exchange files,
 * EPO OPS answers): the expected JSON is `{ records, failed, legal, skipped }` — every record, the
 * id and reasons of every part that failed, every legal event set. Regenerate deliberately with
 * `UPDATE_GOLDEN=1`.
 */
export function describeContainerGoldenCases(
  parser: PatentParser,
  goldenDir: string,
  cases: readonly GoldenCase[],
): void {
  describe(`${parser.id} golden files`, () => {
    for (const c of cases) {
      const run = hasShared(c.source) ? it : it.skip
      run(`${c.name} (${basename(c.source)}) ${hasShared(c.source) ? '' : NO_SHARED}`, () => {
        const doc = splitFile(readFileSync(sharedPath(c.source)))[c.index ?? 0]
        expect(doc, `document #${c.index ?? 0} of ${c.source}`).toBeDefined()
        expect(parser.detect(new TextDecoder().decode(doc!.bytes.subarray(0, 4096)))).toBe(true)
        const outcome = parseDocument(doc!.bytes, {
          file: basename(c.source),
          offset: doc!.offset,
          parsers: [parser],
        })
        expect(outcome.issues.filter((i) => i.severity === 'error')).toEqual([])
        const parts = outcome.parts ?? []
        const actual = JSON.parse(
          JSON.stringify({
            records: parts.filter((p) => p.status === 'ok').map((p) => p.record),
            failed: parts
              .filter((p) => p.status === 'failed')
              .map((p) => ({ id: p.documentNumber, reasons: p.issues.map((i) => i.message) })),
            legal: outcome.legal ?? [],
            skipped: outcome.skipped,
          }),
        ) as unknown
        const file = join(goldenDir, `${c.name}.expected.json`)
        if (process.env.UPDATE_GOLDEN === '1' || !existsSync(file)) {
          mkdirSync(dirname(file), { recursive: true })
          writeFileSync(file, `${JSON.stringify(actual, null, 2)}\n`)
          if (process.env.UPDATE_GOLDEN !== '1') {
            throw new Error(
              `golden file ${file} was missing and has been written: review it and run again`,
            )
          }
        }
        expect(actual).toEqual(JSON.parse(readFileSync(file, 'utf8')))
      })
    }
  })
}
