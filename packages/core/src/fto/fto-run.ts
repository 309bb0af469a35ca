import { analyseClaimSet, fullElements } from '../claims/claim-analysis.js'
import { createError } from '../errors.js'
import { summarizeLegalStatus } from '../family/legal-status.js'
import type { PatentRecord } from '../model/patent.js'
import type { LegalStatusReader } from '../store/legal-status-store.js'
import { addDays, isCalendarDate } from '../rules/deadlines/calendar-date.js'
import type { WeightedQuery } from '../search/weighted-query.js'
import { prepareTarget, type ChartTarget, type TextGlosser } from './chart-target.js'
import { chartClaim, type ClaimChart, type TermStatistics } from './claim-chart.js'
import { FTO_COUNTRIES, isEpcState } from './countries.js'
import { statusInCountry } from './country-status.js'
import type { FtoStatus, TermEstimate } from './patent-term.js'
import type { CandidateSource, DataSourceInfo, FtoRecordSource } from './ports.js'
import { productFields, productQuery, type ProductInput } from './product.js'

/** Risk that a patent reads on the product in a country, from its best-charted claim. */
export type Risk = 'high' | 'medium' | 'low'

/** What an FTO run is asked. */
export interface FtoRequest {
  readonly product: ProductInput
  /** Target countries (validated with `parseCountries`). */
  readonly countries: readonly string[]
  /** The as-of date, `YYYY-MM-DD`. */
  readonly asOf: string
  /** Candidates taken from the search engine. Default 40. */
  readonly candidates?: number
  /** Results reported (in force or pending). Default 25. */
  readonly limit?: number
}

/** One patent (or application) in one country, charted. */
export interface FtoResult {
  readonly publicationNumber: string
  readonly country: string
  readonly title?: string
  readonly status: FtoStatus
  readonly term: TermEstimate
  readonly risk: Risk
  /** The best claim's score (0–1); orders results of equal risk. */
  readonly score: number
  /** The search hit this patent was reached from (itself or a family member). */
  readonly foundVia: string
  /** How the patent reaches the country: `national`, or `EP` (validation assumed). */
  readonly route: 'national' | 'EP'
  readonly claims: readonly ClaimChart[]
  /** Why the claims could not be charted (no claims in the store, none parsed): review by hand. */
  readonly problem?: string
}

/** A family member found but not charted: expired, lapsed or not yet published on the date. */
export interface FtoExcluded {
  readonly publicationNumber: string
  readonly country: string
  readonly status: FtoStatus
  readonly term: TermEstimate
}

/** Per-country summary. */
export interface FtoCountrySummary {
  readonly country: string
  readonly high: number
  readonly medium: number
  readonly low: number
  readonly excluded: number
  /** Candidates that have no family member there in the store. */
  readonly noMember: number
}

/** The search strategy, as the report states it. */
export interface FtoStrategy {
  readonly backend: string
  readonly query: WeightedQuery
  readonly expression: string
  readonly candidates: number
  readonly searched: number
  readonly glosser?: string
  readonly notes: readonly string[]
}

/** A whole FTO analysis. */
export interface FtoReport {
  readonly asOf: string
  readonly countries: readonly string[]
  readonly product: ProductInput
  readonly results: readonly FtoResult[]
  readonly excluded: readonly FtoExcluded[]
  readonly summary: readonly FtoCountrySummary[]
  readonly strategy: FtoStrategy
  readonly sources: readonly DataSourceInfo[]
}

/** The ports an FTO run uses. */
export interface FtoPorts {
  readonly candidates: CandidateSource
  readonly records: FtoRecordSource
  /** Cross-language glossing of a Chinese product against English claims. */
  readonly glosser?: TextGlosser
  /**
   * Stored legal status per publication (the store's legal-status port). Without it, or for a
   * publication it has no status for, the status is computed from the term rules (an estimate).
   */
  readonly legalStatus?: Pick<LegalStatusReader, 'legalStatus'>
}

const summaryOf = (
  stored: Parameters<typeof summarizeLegalStatus>[0] | undefined,
): ReturnType<typeof summarizeLegalStatus> | undefined =>
  stored ? summarizeLegalStatus(stored) : undefined

const RISK_ORDER: Readonly<Record<Risk, number>> = { high: 0, medium: 1, low: 2 }

/**
 * Validates `--countries`: upper-cased ST.3 codes; an unknown one is an error listing the valid
 * codes. Duplicates are dropped.
 */
export function parseCountries(raw: string): string[] {
  const list = raw
    .split(/[\s,;]+/u)
    .map((c) => c.trim().toUpperCase())
    .filter(Boolean)
  if (list.length === 0) {
    throw createError('FTO_INVALID_INPUT', '--countries', 'no country given')
  }
  for (const c of list) {
    if (!FTO_COUNTRIES.includes(c)) {
      throw createError('FTO_UNKNOWN_COUNTRY', c, FTO_COUNTRIES)
    }
  }
  return [...new Set(list)]
}

/** Validates `--as-of` as a real calendar date `YYYY-MM-DD`. */
export function parseAsOf(raw: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(raw) || !isCalendarDate(raw)) {
    throw createError(
      'FTO_INVALID_INPUT',
      '--as-of',
      `${JSON.stringify(raw)} is not a date YYYY-MM-DD that exists`,
    )
  }
  return raw
}

/**
 * Freedom to operate: candidates from the search engine for the product; each candidate's family
 * members in every target country (national patents; for EPC states also European patents,
 * validation assumed); each member's status on the as-of date; every independent claim of each
 * in-force or pending member charted element by element against the product; risk per patent and
 * country (`high` when every element of a claim is met, `medium` when at least half are or all
 * but one, else `low`). Results are ordered by risk, then score.
 */
export async function runFto(request: FtoRequest, ports: FtoPorts): Promise<FtoReport> {
  const { records } = ports
  await records.prepare?.()
  const stats = records.statistics
  const query = productQuery(request.product, {
    ...(ports.glosser ? { glosser: ports.glosser } : {}),
    stats,
  })
  const notes: string[] = []
  if (request.product.language !== 'en' && !ports.glosser) {
    notes.push(
      'no translation available: the non-English description is matched only against claims in its own language',
    )
  }
  // What was public on the as-of date: documents published after it cannot be in force then.
  if (!ports.legalStatus) {
    notes.push('no legal-status data: every status is estimated from the term rules')
  }
  const found = await ports.candidates.search(query, {
    limit: request.candidates ?? 40,
    before: addDays(request.asOf, 1),
    beforeOn: 'publication',
  })
  const target = prepareTarget('product', productFields(request.product), ports.glosser)
  const results: FtoResult[] = []
  const excluded: FtoExcluded[] = []
  const noMember = new Map<string, number>(request.countries.map((c) => [c, 0]))
  const done = new Set<string>()
  for (const hit of found.hits) {
    const record = await records.get(hit.id)
    if (!record) {
      continue
    }
    const members = await records.familyMembers(record)
    const statuses = ports.legalStatus
      ? await ports.legalStatus.legalStatus(members.map((m) => m.id))
      : undefined
    for (const country of request.countries) {
      const inCountry = membersIn(members, country)
      if (inCountry.length === 0) {
        noMember.set(country, (noMember.get(country) ?? 0) + 1)
        continue
      }
      for (const { member, route } of inCountry) {
        const key = `${member.id}|${country}`
        if (done.has(key)) {
          continue
        }
        done.add(key)
        const term = statusInCountry(
          member,
          country,
          route,
          request.asOf,
          summaryOf(statuses?.get(member.id)),
          await records.legalEvents(member.id),
        )
        if (term.status !== 'in-force' && term.status !== 'pending') {
          excluded.push({ publicationNumber: member.id, country, status: term.status, term })
          continue
        }
        results.push(chartMember(member, country, route, term, hit.id, target, stats))
      }
    }
  }
  results.sort(
    (a, b) =>
      RISK_ORDER[a.risk] - RISK_ORDER[b.risk] ||
      b.score - a.score ||
      a.publicationNumber.localeCompare(b.publicationNumber) ||
      a.country.localeCompare(b.country),
  )
  const kept = results.slice(0, (request.limit ?? 25) * request.countries.length)
  return {
    asOf: request.asOf,
    countries: request.countries,
    product: request.product,
    results: kept,
    excluded,
    summary: request.countries.map((country) => ({
      country,
      high: kept.filter((r) => r.country === country && r.risk === 'high').length,
      medium: kept.filter((r) => r.country === country && r.risk === 'medium').length,
      low: kept.filter((r) => r.country === country && r.risk === 'low').length,
      excluded: excluded.filter((r) => r.country === country).length,
      noMember: noMember.get(country) ?? 0,
    })),
    strategy: {
      backend: ports.candidates.id,
      query,
      expression: found.expression,
      candidates: found.hits.length,
      searched: found.searched,
      ...(target.glosser ? { glosser: target.glosser } : {}),
      notes,
    },
    sources: [await records.describe()],
  }
}

/** The members of a family that have effect in `country`, grants preferred over their own applications. */
export function membersIn(
  members: readonly PatentRecord[],
  country: string,
): { member: PatentRecord; route: 'national' | 'EP' }[] {
  const out: { member: PatentRecord; route: 'national' | 'EP' }[] = []
  const national = members.filter((m) => m.publication.country === country)
  const viaEp =
    country === 'EP' || isEpcState(country)
      ? members.filter((m) => m.publication.country === 'EP')
      : []
  for (const [list, route] of [
    [national, 'national'],
    [country === 'EP' ? [] : viaEp, 'EP'],
    [country === 'EP' ? viaEp : [], 'national'],
  ] as const) {
    const granted = new Set(list.filter((m) => m.stage === 'grant').map((m) => applicationKey(m)))
    for (const m of list) {
      if (m.stage !== 'grant' && granted.has(applicationKey(m))) {
        continue
      }
      out.push({ member: m, route })
    }
  }
  return out
}

function applicationKey(record: PatentRecord): string {
  return record.application
    ? `${record.application.country}${record.application.number}`
    : record.id
}

/** Charts every independent claim of a member; a member without charted claims is reported with the reason. */
function chartMember(
  member: PatentRecord,
  country: string,
  route: 'national' | 'EP',
  term: TermEstimate,
  via: string,
  target: ChartTarget,
  stats: TermStatistics,
): FtoResult {
  const title = member.titles.find((t) => t.lang.startsWith('en'))?.text ?? member.titles[0]?.text
  const base = {
    publicationNumber: member.id,
    country,
    ...(title ? { title } : {}),
    status: term.status,
    term,
    foundVia: via,
    route,
  }
  const set = member.claims.find((s) => s.lang.startsWith('en')) ?? member.claims[0]
  if (!set || set.claims.length === 0) {
    return {
      ...base,
      risk: 'medium',
      score: 0,
      claims: [],
      problem: 'no claims in the store for this publication: review it by hand',
    }
  }
  const analysis = analyseClaimSet(set)
  const independent = analysis.claims.filter((c) => c.independent)
  const charts = independent
    .map((c) => ({ c, elements: fullElements(analysis, c.number) }))
    .filter((x) => x.elements.some((e) => e.kind !== 'preamble'))
    .map((x) => chartClaim(x.c.number, x.elements, target, { stats }))
  if (charts.length === 0) {
    return {
      ...base,
      risk: 'medium',
      score: 0,
      claims: [],
      problem: `the claims could not be parsed into elements (${analysis.problems.map((p) => p.message).join('; ') || 'no independent claim found'}): review them by hand`,
    }
  }
  charts.sort((a, b) => b.coverage - a.coverage || b.score - a.score || a.claim - b.claim)
  return {
    ...base,
    risk: riskOf(charts),
    score: Math.max(...charts.map((c) => c.score)),
    claims: charts,
  }
}

/** `high` when a claim has every element met; `medium` when one has half its elements met or all but one; else `low`. */
export function riskOf(charts: readonly ClaimChart[]): Risk {
  if (charts.some((c) => c.total > 0 && c.met === c.total)) {
    return 'high'
  }
  if (
    charts.some(
      (c) =>
        c.coverage >= 0.5 || (c.total > 1 && c.met + c.partly >= c.total && c.met >= c.total - 1),
    )
  ) {
    return 'medium'
  }
  return 'low'
}
