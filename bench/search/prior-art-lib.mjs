// Shared helpers of the prior-art benchmarks: read the Google Patents NDJSON export directly
// (title, abstract, claims, description of every language) and score runs like score_run.py.
import { readFileSync } from 'node:fs'

/** Reads the publications file into `{ id, priority, country, doc: {title, abstract, claims, description} }`. */
export function readCorpus(file) {
  const out = []
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue
    const r = JSON.parse(line)
    const join = (list) => (list ?? []).map((t) => t.text).join('\n')
    out.push({
      id: r.publication_number,
      priority: r.priority_date ?? null,
      country: r.country_code,
      doc: {
        title: join(r.title_localized),
        abstract: join(r.abstract_localized),
        claims: join(r.claims_localized),
        description: join(r.description_localized),
      },
    })
  }
  return out
}

export function readQueries(file) {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l))
}

const key = (p) =>
  p
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '')
    .replace(/([0-9])[A-Z][0-9]?$/, '$1')

/** R@100 and MAP@100 per query (same definitions as ../shared/tools/score_run.py, kinds ignored). */
export function scoreQuery(results, relevant) {
  const rel = new Set(relevant.map(key))
  let hits = 0
  let ap = 0
  const seen = new Set()
  let rank = 0
  for (const r of results) {
    const k = key(r)
    if (seen.has(k)) continue
    seen.add(k)
    rank++
    if (rank > 100) break
    if (rel.has(k)) {
      hits++
      ap += hits / rank
    }
  }
  return { recall: hits / rel.size, ap: ap / rel.size }
}

export function meanScores(rows) {
  const n = rows.length
  return {
    R100: rows.reduce((s, r) => s + r.recall, 0) / n,
    MAP: rows.reduce((s, r) => s + r.ap, 0) / n,
  }
}
