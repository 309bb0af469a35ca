import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { sniffContainer } from '../ingest/container.js'
import { parseDocument } from '../ingest/parse-document.js'
import { splitFile } from '../testing/golden.js'
import { hasShared, NO_SHARED, sharedPath } from '../testing/shared-data.js'
import { splitClaims } from './claim-text.js'

// Every USPTO XML format whose claims carry `claim-ref` (or `dependent-claim-reference`) markup.
const XML_FORMATS = new Set([
  'uspto-grant-v4',
  'uspto-application-v4',
  'uspto-grant-v2',
  'uspto-pap-v1',
])
const ROOTS = ['data/USPTO-PatentPublicData', 'data/go-uspto', 'data/PatentsView-DB']

function* files(dir: string): Generator<string> {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) {
      yield* files(path)
    } else if (/\.(?:xml|sgml?|txt)$/iu.test(name)) {
      yield path
    }
  }
}

interface Disagreement {
  readonly id: string
  readonly claim: number
  readonly markup: readonly number[]
  readonly text: readonly number[]
}

/** Claims of every USPTO XML document: dependencies from markup vs from the text, tags stripped. */
function compare(): { claims: number; documents: number; disagreements: Disagreement[] } {
  let claims = 0
  let documents = 0
  const disagreements: Disagreement[] = []
  for (const root of ROOTS) {
    for (const file of files(sharedPath(root))) {
      const data = readFileSync(file)
      if (!sniffContainer(new TextDecoder('latin1').decode(data.subarray(0, 2048)))) {
        continue
      }
      for (const doc of splitFile(data)) {
        const outcome = parseDocument(doc.bytes)
        const record = outcome.record
        if (!record || !XML_FORMATS.has(record.source.format)) {
          continue
        }
        const set = record.claims[0]
        if (!set || set.claims.length === 0 || record.documentType === 'design') {
          continue
        }
        documents++
        // The plain text a user would paste: every claim, tags stripped, one after another.
        const text = set.claims.map((c) => c.text).join('\n')
        const parsed = new Map(splitClaims(text).map((c) => [c.number, c.dependsOn]))
        for (const c of set.claims) {
          if (c.cancelled) {
            continue
          }
          claims++
          const fromText = parsed.get(c.number) ?? []
          const fromMarkup = [...new Set(c.dependsOn)].sort((a, b) => a - b)
          if (fromText.join(',') !== fromMarkup.join(',')) {
            disagreements.push({
              id: record.id,
              claim: c.number,
              markup: fromMarkup,
              text: fromText,
            })
          }
        }
      }
    }
  }
  return { claims, documents, disagreements }
}

describe('claim dependencies from plain text agree with the XML claim-ref markup', () => {
  const run = hasShared('data/PatentsView-DB') ? it : it.skip
  run(
    `for ≥ 99% of the claims of every USPTO XML document in ../shared ${hasShared() ? '' : NO_SHARED}`,
    () => {
      const { claims, documents, disagreements } = compare()
      const agreement = 1 - disagreements.length / claims
      console.log(
        `claim dependencies: ${documents} documents, ${claims} claims, agreement ${(agreement * 100).toFixed(2)}%`,
      )
      for (const d of disagreements.slice(0, 40)) {
        console.log(
          `  ${d.id} claim ${d.claim}: markup [${d.markup.join(',')}] text [${d.text.join(',')}]`,
        )
      }
      expect(documents).toBeGreaterThan(250)
      expect(agreement).toBeGreaterThanOrEqual(0.99)
    },
    120_000,
  )
})
