import { fullElements, type ClaimAnalysis } from '../claims/claim-analysis.js'
import type { ClaimLimitation } from '../claims/claim-elements.js'
import { keyTerms } from '../eligibility/novelty/terms.js'
import type { PatentRecord } from '../model/patent.js'
import type { WeightedConcept, WeightedQuery } from '../search/weighted-query.js'
import { prepareTarget, type TextGlosser } from './chart-target.js'
import { chartClaim, type ClaimChart, type TermStatistics } from './claim-chart.js'
import type { CandidateSource, DataSourceInfo, FtoRecordSource } from './ports.js'

/** The patent whose validity is tested: from the store, or pasted claims with a priority date. */
export interface AssertedPatent {
  /** Publication number, when it is in the store. */
  readonly id?: string
  readonly title?: string
  /** Prior art is what was published before this date (`YYYY-MM-DD`). */
  readonly priorityDate: string
  readonly analysis: ClaimAnalysis
  /** Its own family, never prior art against it. */
  readonly family?: readonly string[]
}

/** What an invalidity run is asked. */
export interface InvalidityRequest {
  readonly asserted: AssertedPatent
  /** Claims to attack; default every independent claim. */
  readonly claims?: readonly number[]
  /** Candidates taken from the search. Default 40. */
  readonly candidates?: number
  /** Prior-art documents reported. Default 15. */
  readonly limit?: number
}

/** One prior-art document charted against the asserted claims. */
export interface PriorArtResult {
  readonly publicationNumber: string
  readonly title?: string
  readonly date?: string
  /** Best coverage of any asserted claim, and the best claim's mean score. */
  readonly coverage: number
  readonly score: number
  /** True when it meets every element of some asserted claim alone (novelty). */
  readonly anticipates: boolean
  readonly claims: readonly ClaimChart[]
}

/** Two documents that together meet every element of a claim (obviousness / inventive step). */
export interface Combination {
  readonly claim: number
  readonly primary: string
  readonly secondary: string
  /** Elements (ids) each document meets; together they cover every counted element. */
  readonly fromPrimary: readonly string[]
  readonly fromSecondary: readonly string[]
  readonly score: number
}

/** The result of an invalidity search. */
export interface InvalidityReport {
  readonly asserted: AssertedPatent
  readonly claims: readonly number[]
  readonly results: readonly PriorArtResult[]
  readonly combinations: readonly Combination[]
  readonly strategy: {
    readonly backend: string
    readonly query: WeightedQuery
    readonly expression: string
    readonly candidates: number
    readonly searched: number
    readonly before: string
  }
  readonly sources: readonly DataSourceInfo[]
}

/** The ports an invalidity run uses (those of FTO). */
export interface InvalidityPorts {
  readonly candidates: CandidateSource
  readonly records: FtoRecordSource
  /** Glosses prior art in another language (Chinese documents against English claims). */
  readonly glosser?: TextGlosser
}

/** The earliest priority date of a record: its priority claims, else its filing, else its publication. */
export function priorityDateOf(record: PatentRecord): string | undefined {
  const dates = [
    ...record.priorityClaims.map((p) => p.date),
    record.pct?.filing?.date,
    record.application?.date,
    record.publication.date,
  ].filter((d): d is string => d !== undefined)
  return dates.sort()[0]
}

/**
 * Invalidity search: the asserted claims' key terms (weighted by rarity) as the query; documents
 * published before the priority date, the patent's own family left out; each candidate charted
 * against every asserted claim with the FTO engine; documents ranked by coverage; and pairs of
 * documents that together meet every element of a claim that neither meets alone.
 */
export async function runInvalidity(
  request: InvalidityRequest,
  ports: InvalidityPorts,
): Promise<InvalidityReport> {
  const { asserted } = request
  await ports.records.prepare?.()
  const stats = ports.records.statistics
  const numbers =
    request.claims ?? asserted.analysis.claims.filter((c) => c.independent).map((c) => c.number)
  const claims = numbers
    .map((n) => ({ number: n, elements: fullElements(asserted.analysis, n) }))
    .filter((c) => c.elements.length > 0)
  const query = claimsQuery(
    claims.flatMap((c) => c.elements),
    stats,
    asserted.analysis.language,
  )
  const found = await ports.candidates.search(query, {
    limit: request.candidates ?? 40,
    before: asserted.priorityDate,
    exclude: [...(asserted.family ?? []), ...(asserted.id ? [asserted.id] : [])],
  })
  const results: PriorArtResult[] = []
  for (const hit of found.hits) {
    const record = await ports.records.get(hit.id)
    if (!record) {
      continue
    }
    const target = prepareTarget(hit.id, recordFields(record), ports.glosser)
    const charts = claims.map((c) => chartClaim(c.number, c.elements, target, { stats }))
    const best = [...charts].sort((a, b) => b.coverage - a.coverage || b.score - a.score)[0]!
    const title = record.titles.find((t) => t.lang.startsWith('en'))?.text ?? record.titles[0]?.text
    results.push({
      publicationNumber: record.id,
      ...(title ? { title } : {}),
      ...(record.publication.date ? { date: record.publication.date } : {}),
      coverage: best.coverage,
      score: best.score,
      anticipates: charts.some((c) => c.total > 0 && c.met === c.total),
      claims: charts,
    })
  }
  results.sort(
    (a, b) =>
      b.coverage - a.coverage ||
      b.score - a.score ||
      a.publicationNumber.localeCompare(b.publicationNumber),
  )
  const kept = results.slice(0, request.limit ?? 15)
  return {
    asserted,
    claims: claims.map((c) => c.number),
    results: kept,
    combinations: combinations(kept),
    strategy: {
      backend: ports.candidates.id,
      query,
      expression: found.expression,
      candidates: found.hits.length,
      searched: found.searched,
      before: asserted.priorityDate,
    },
    sources: [await ports.records.describe()],
  }
}

/** Pairs of documents that together meet every counted element of a claim, best first (at most 10). */
export function combinations(results: readonly PriorArtResult[], max = 10): Combination[] {
  const out: Combination[] = []
  const claimNumbers = [...new Set(results.flatMap((r) => r.claims.map((c) => c.claim)))]
  for (const claim of claimNumbers) {
    const charts = results
      .map((r) => ({ id: r.publicationNumber, chart: r.claims.find((c) => c.claim === claim) }))
      .filter((x): x is { id: string; chart: ClaimChart } => x.chart !== undefined)
    for (const a of charts) {
      for (const b of charts) {
        if (a.id === b.id) {
          continue
        }
        const counted = a.chart.elements.filter((e) => e.kind !== 'preamble')
        const metA = new Set(counted.filter((e) => e.met === 'yes').map((e) => e.id))
        const metB = b.chart.elements
          .filter((e) => e.kind !== 'preamble' && e.met === 'yes')
          .map((e) => e.id)
        const alone = metA.size === counted.length || metB.length === counted.length
        // The primary reference carries most elements; the secondary adds what it lacks.
        if (alone || metA.size < metB.length || (metA.size === metB.length && a.id > b.id)) {
          continue
        }
        const added = metB.filter((id) => !metA.has(id))
        if (metA.size + added.length === counted.length && counted.length > 0) {
          out.push({
            claim,
            primary: a.id,
            secondary: b.id,
            fromPrimary: [...metA],
            fromSecondary: added,
            score: Math.round(((a.chart.score + b.chart.score) / 2) * 100) / 100,
          })
        }
      }
    }
  }
  return out
    .sort((x, y) => y.score - x.score || x.claim - y.claim || x.primary.localeCompare(y.primary))
    .slice(0, max)
}

/** The fields of a stored document that a chart reads. */
export function recordFields(record: PatentRecord): { field: string; text: string }[] {
  const pick = (list: readonly { lang: string; text: string }[]): string =>
    (list.find((t) => t.lang.startsWith('en')) ?? list[0])?.text ?? ''
  return [
    { field: 'title', text: pick(record.titles) },
    { field: 'abstract', text: pick(record.abstracts) },
    {
      field: 'claims',
      text:
        (record.claims.find((s) => s.lang.startsWith('en')) ?? record.claims[0])?.claims
          .map((c) => c.text)
          .join('\n') ?? '',
    },
    { field: 'description', text: pick(record.descriptions) },
  ].filter((f) => f.text !== '')
}

/** The query of a claim set: its limitations' key terms, weighted by rarity and frequency. */
function claimsQuery(
  elements: readonly ClaimLimitation[],
  stats: TermStatistics,
  language: string,
): WeightedQuery {
  const counts = new Map<string, { surface: string; count: number }>()
  for (const e of elements) {
    for (const t of keyTerms(e.text).filter((k) => !k.cjk)) {
      const seen = counts.get(t.stem)
      counts.set(t.stem, {
        surface: seen?.surface ?? t.surface,
        count: (seen?.count ?? 0) + t.count,
      })
    }
  }
  const concepts: WeightedConcept[] = []
  for (const [stem, { surface, count }] of counts) {
    const df = stats.documentFrequency(stem)
    const n = stats.totalDocuments
    const idf =
      df === undefined || n <= 0 ? 1 : df === 0 ? 0 : Math.log(1 + (n - df + 0.5) / (df + 0.5))
    if (idf > 0) {
      concepts.push({
        forms: [{ text: surface, weight: 1 }],
        weight: Math.round(idf * (1 + Math.log(count)) * 1000) / 1000,
        source: 'original',
      })
    }
  }
  concepts.sort((a, b) => b.weight - a.weight)
  return { concepts: concepts.slice(0, 32), language }
}
