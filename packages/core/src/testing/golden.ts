import { readFileSync, writeFileSync, existsSync, mkdirSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { sniffContainer, splitRule } from '../ingest/container.js'
import { parseDocument } from '../ingest/parse-document.js'
import type { PatentParser } from '../ingest/parser.js'
import { DocumentSplitter } from '../ingest/splitter.js'
import { hasShared, NO_SHARED, sharedPath } from './shared-data.js'

/** One golden case: a real document from `../shared` and the JSON it must parse to. */
export interface GoldenCase {
  /** File stem of the expected JSON: `<goldenDir>/<name>.expected.json`. */
  readonly name: string
  /** Path under the shared folder, e.g. `data/go-uspto/pkg/uspto/test-data/grant/v4-5-B2.xml`. */
  readonly source: string
  /** Which document of a concatenated file (0-based). Default is `0`. */
  readonly index?: number
}

/** Splits a whole file into its documents the way ingest does. */
export function splitFile(
  bytes: Uint8Array,
): { bytes: Uint8Array; offset: number; text: boolean }[] {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048))
  const kind = sniffContainer(head)
  if (!kind) {
    throw new Error('not a patent container')
  }
  const rule = splitRule(kind)
  const s = new DocumentSplitter(rule)
  return [...s.push(bytes), ...s.end()].map((d) => ({ ...d, text: rule.text }))
}

/**
 * Golden-file tests (house style R7): each real document must parse, with this parser, to exactly
 * the committed JSON. Regenerate deliberately with `UPDATE_GOLDEN=1 npx vitest run`.
 */
export function describeGoldenCases(
  parser: PatentParser,
  goldenDir: string,
  cases: readonly GoldenCase[],
): void {
  describe(`${parser.id} golden files`, () => {
    for (const c of cases) {
      const run = hasShared(c.source) ? it : it.skip
      run(`${c.name} (${basename(c.source)}) ${hasShared(c.source) ? '' : NO_SHARED}`, () => {
        const docs = splitFile(readFileSync(sharedPath(c.source)))
        const doc = docs[c.index ?? 0]
        expect(doc, `document #${c.index ?? 0} of ${c.source}`).toBeDefined()
        expect(parser.detect(new TextDecoder().decode(doc!.bytes.subarray(0, 4096)))).toBe(true)
        const outcome = parseDocument(doc!.bytes, {
          file: basename(c.source),
          offset: doc!.offset,
          text: doc!.text,
          parsers: [parser],
        })
        expect(outcome.issues.filter((i) => i.severity === 'error')).toEqual([])
        expect(outcome.status).toBe('ok')
        const file = join(goldenDir, `${c.name}.expected.json`)
        const actual = JSON.parse(JSON.stringify(outcome.record)) as unknown
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
