// The synthetic search corpus of the speed benchmark (issue 4): N documents recombined from the
// sentences of the real Google Patents export (title, 4 abstract, 5 claim and 11 description
// sentences each, ~3 KB), with a priority date and a country. Deterministic: every process that
// asks for the same N gets the same corpus (the index shards are built in worker threads).
import { readCorpus } from './prior-art-lib.mjs'

export const SHAPE = { abstract: 4, claims: 5, description: 11 }
const PER_DOC = 1 + SHAPE.abstract + SHAPE.claims + SHAPE.description
const COUNTRIES = ['US', 'US', 'US', 'EP', 'WO', 'CN', 'JP', 'DE']

/** Builds the corpus of `n` documents from the publications file `corpusFile`. */
export function syntheticCorpus(corpusFile, n) {
  // Deterministic PRNG (mulberry32).
  let seed = 42
  const rand = () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const pick = (k) => Math.floor(rand() * k)
  const real = readCorpus(corpusFile)
  const sentences = (text) =>
    text.split(/(?<=[.;:])\s+/u).filter((s) => s.length >= 30 && s.length <= 400)
  const pools = { title: [], abstract: [], claims: [], description: [] }
  for (const r of real) {
    if (r.doc.title) pools.title.push(r.doc.title.split('\n')[0])
    pools.abstract.push(...sentences(r.doc.abstract))
    pools.claims.push(...sentences(r.doc.claims))
    pools.description.push(...sentences(r.doc.description))
  }
  // A document is 21 sentence indexes; its text is rebuilt on demand.
  const layout = new Uint32Array(n * PER_DOC)
  for (let d = 0; d < n; d++) {
    let at = d * PER_DOC
    layout[at++] = pick(pools.title.length)
    for (const [field, k] of Object.entries(SHAPE))
      for (let i = 0; i < k; i++) layout[at++] = pick(pools[field].length)
  }
  const docText = (d) => {
    let at = d * PER_DOC
    const doc = { title: pools.title[layout[at++]] }
    for (const [field, k] of Object.entries(SHAPE)) {
      const parts = []
      for (let i = 0; i < k; i++) parts.push(pools[field][layout[at++]])
      doc[field] = parts.join(' ')
    }
    return doc
  }
  const priority = new Int32Array(n)
  const country = new Array(n)
  for (let d = 0; d < n; d++) {
    priority[d] = (1970 + pick(55)) * 10000 + (1 + pick(12)) * 100 + 1 + pick(28)
    country[d] = COUNTRIES[pick(COUNTRIES.length)]
  }
  return { pools, docText, priority, country, rand, pick }
}
