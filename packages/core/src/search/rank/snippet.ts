import type { Snippet } from '../search-backend.js'
import { analyze } from './analyzer.js'
import type { IndexDocument } from './index-builder.js'

/** Options of `bestSnippets`. */
export interface SnippetOptions {
  /** Words around the best window. Default is `32`. */
  readonly window?: number
  /** Snippets returned, from different fields. Default is `2`. */
  readonly count?: number
}

const FIELDS = [
  ['abstract', 'abstract'],
  ['claims', 'claims'],
  ['description', 'description'],
  ['title', 'title'],
] as const

/**
 * The passages of a document that hold the most distinct query keys (weighted), with every
 * matched word marked. One best window per field; the best `count` fields are returned.
 */
export function bestSnippets(
  doc: IndexDocument,
  keyWeights: ReadonlyMap<string, number>,
  options: SnippetOptions = {},
): Snippet[] {
  const window = options.window ?? 32
  const found: { snippet: Snippet; score: number }[] = []
  for (const [field, name] of FIELDS) {
    const text = doc[field]
    if (!text) {
      continue
    }
    // Long descriptions: only the first 200 kB are searched for a passage.
    const tokens = analyze(text.length > 200_000 ? text.slice(0, 200_000) : text)
    let best = -1
    let bestScore = 0
    for (let i = 0; i < tokens.length; i++) {
      if (!keyWeights.has(tokens[i]!.key)) {
        continue
      }
      const seen = new Set<string>()
      let score = 0
      for (let j = i; j < Math.min(tokens.length, i + window); j++) {
        const k = tokens[j]!.key
        const w = keyWeights.get(k)
        if (w !== undefined && !seen.has(k)) {
          seen.add(k)
          score += w
        }
      }
      if (score > bestScore) {
        bestScore = score
        best = i
      }
    }
    if (best < 0) {
      continue
    }
    const from = Math.max(0, best - 4)
    const to = Math.min(tokens.length, from + window)
    const start = tokens[from]!.start
    const end = tokens[to - 1]!.end
    const highlights: [number, number][] = []
    for (let j = from; j < to; j++) {
      const t = tokens[j]!
      if (keyWeights.has(t.key)) {
        highlights.push([t.start - start, t.end - start])
      }
    }
    found.push({
      snippet: { field: name, text: text.slice(start, end), highlights },
      score: bestScore,
    })
  }
  return found
    .sort((a, b) => b.score - a.score)
    .slice(0, options.count ?? 2)
    .map((f) => f.snippet)
}
