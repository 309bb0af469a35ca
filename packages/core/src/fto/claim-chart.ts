import type { ClaimLimitation } from '../claims/claim-elements.js'
import { keyTerms, type KeyTerm } from '../eligibility/novelty/terms.js'
import type { ChartPassage, ChartTarget } from './chart-target.js'

/** Whether the target text shows a limitation: met, partly met or not met. */
export type Met = 'yes' | 'partly' | 'no'

/** Corpus statistics that weight claim terms by rarity (inverse document frequency). */
export interface TermStatistics {
  /** Documents holding the stem (or CJK bigram); `undefined` when unknown. */
  documentFrequency(stem: string): number | undefined
  readonly totalDocuments: number
}

/** Thresholds on an element's score: `yes` from `yes`, `partly` from `partly`. */
export interface ChartThresholds {
  readonly yes: number
  readonly partly: number
}

/** Default thresholds, tuned on the ultrasound set (bench/chart-auc.bench.ts, docs/benchmarks.md). */
export const CHART_THRESHOLDS: ChartThresholds = { yes: 0.7, partly: 0.4 }

/** One row of a claim chart. */
export interface ElementChart {
  readonly id: string
  readonly kind: ClaimLimitation['kind']
  readonly text: string
  readonly limits?: string
  readonly met: Met
  /** 0–1: the weighted share of the element's key terms the evidence (and the text) holds. */
  readonly score: number
  /** The passage that is the evidence: up to three consecutive sentences; absent when none matches. */
  readonly evidence?: { readonly field: string; readonly text: string }
  /** Key terms found (as the claim writes them); `→ 打印机` marks a match through a translation. */
  readonly matched: readonly string[]
  readonly missing: readonly string[]
  /** Why, in one sentence (English; reports translate the fixed parts). */
  readonly why: string
}

/** A claim charted against one target. */
export interface ClaimChart {
  readonly claim: number
  /** Share of the limitations met, partly met counting half (the preamble not counted), 0–1. */
  readonly coverage: number
  /** Mean element score (the preamble not counted), 0–1: a continuous ranking signal. */
  readonly score: number
  readonly met: number
  readonly partly: number
  readonly total: number
  readonly elements: readonly ElementChart[]
}

// Words of claim drafting that say little about what is claimed: half weight.
const GENERIC = new Set(
  [
    'device',
    'system',
    'apparatus',
    'unit',
    'means',
    'member',
    'element',
    'portion',
    'part',
    'data',
    'signal',
    'information',
    'value',
    'based',
    'use',
    'using',
    'used',
    'set',
    'form',
    'formed',
    'least',
    'position',
    'end',
    'side',
    'surface',
    'area',
    'region',
    'type',
    'allow',
    'allowing',
    'determine',
    'determining',
    'receive',
    'receiving',
    'process',
    'processing',
    'generate',
    'generating',
    'control',
    'controlling',
    'output',
    'input',
    'mode',
    'state',
  ].map((w) => keyTerms(w)[0]?.stem ?? w),
)

/**
 * Charts one limitation against a target: each key term weighs its inverse document frequency
 * (with `stats`) or 1 (half for drafting words); the score is the weighted share of terms found in
 * the best window of up to three consecutive passages, blended with the share found anywhere
 * (0.75 / 0.25), so that the evidence is one place in the text, not words scattered across it.
 */
export function chartLimitation(
  limitation: ClaimLimitation,
  target: ChartTarget,
  options: { readonly stats?: TermStatistics; readonly thresholds?: ChartThresholds } = {},
): ElementChart {
  const thresholds = options.thresholds ?? CHART_THRESHOLDS
  const terms = keyTerms(limitation.text)
  const base = {
    id: limitation.id,
    kind: limitation.kind,
    text: limitation.text,
    ...(limitation.limits === undefined ? {} : { limits: limitation.limits }),
  }
  if (terms.length === 0) {
    return {
      ...base,
      met: 'no',
      score: 0,
      matched: [],
      missing: [],
      why: 'no key terms to look for',
    }
  }
  const weights = terms.map((t) => weightOf(t, options.stats))
  const total = weights.reduce((a, b) => a + b, 0)
  const passages = target.passages
  const hitsPer = passages.map((p) => terms.map((t) => hasTerm(p, t)))
  const anywhere = terms.map((_, i) => hitsPer.some((h) => h[i]))
  const share = (found: readonly boolean[]): number =>
    found.reduce((s, f, i) => s + (f ? weights[i]! : 0), 0) / total
  let best = { from: 0, to: -1, share: 0 }
  for (let i = 0; i < passages.length; i++) {
    const acc = terms.map(() => false)
    for (let j = i; j < Math.min(passages.length, i + 3); j++) {
      hitsPer[j]!.forEach((h, k) => {
        acc[k] = acc[k]! || h
      })
      // A longer window must add something to be preferred.
      const s = share(acc) - (j - i) * 0.05
      if (s > best.share) {
        best = { from: i, to: j, share: s }
      }
    }
  }
  const score = round(Math.min(1, 0.75 * Math.max(0, best.share) + 0.25 * share(anywhere)))
  const met: Met = score >= thresholds.yes ? 'yes' : score >= thresholds.partly ? 'partly' : 'no'
  const window = best.to >= best.from ? passages.slice(best.from, best.to + 1) : []
  const matched = terms.filter((_, i) => anywhere[i]).map((t) => labelOf(t, window, passages))
  const missing = terms.filter((_, i) => !anywhere[i]).map((t) => t.surface)
  const denied = terms
    .filter((t, i) => !anywhere[i] && passages.some((p) => p.negated.has(t.stem)))
    .map((t) => t.surface)
  // A "not met" row shows no evidence: the words it shares with the text prove nothing.
  const evidence =
    window.length > 0 && met !== 'no'
      ? { field: window[0]!.field, text: window.map((p) => p.text).join(' ') }
      : undefined
  return {
    ...base,
    met,
    score,
    ...(evidence ? { evidence } : {}),
    matched,
    missing,
    why: whyOf(met, matched.length, terms.length, missing, denied),
  }
}

/**
 * Charts a claim's limitations (its own and inherited ones, as `fullElements` gives them) against
 * a target. The preamble is charted but not counted in coverage and score.
 */
export function chartClaim(
  claim: number,
  limitations: readonly ClaimLimitation[],
  target: ChartTarget,
  options: { readonly stats?: TermStatistics; readonly thresholds?: ChartThresholds } = {},
): ClaimChart {
  const elements = limitations.map((l) => chartLimitation(l, target, options))
  const counted = elements.filter((e) => e.kind !== 'preamble')
  const rows = counted.length > 0 ? counted : elements
  const met = rows.filter((e) => e.met === 'yes').length
  const partly = rows.filter((e) => e.met === 'partly').length
  const n = Math.max(1, rows.length)
  return {
    claim,
    coverage: round((met + partly / 2) / n),
    score: round(rows.reduce((s, e) => s + e.score, 0) / n),
    met,
    partly,
    total: rows.length,
    elements,
  }
}

function weightOf(term: KeyTerm, stats: TermStatistics | undefined): number {
  const generic = GENERIC.has(term.stem) ? 0.5 : 1
  const df = stats?.documentFrequency(term.stem)
  if (!stats || df === undefined || stats.totalDocuments <= 0) {
    return generic
  }
  const idf = Math.log(1 + (stats.totalDocuments - df + 0.5) / (df + 0.5))
  return generic * Math.max(0.2, Math.min(idf, 8))
}

// "wirelessly" stems to "wirelessli", "wireless" to "wireless": an adverb matches its adjective.
function hasTerm(passage: ChartPassage, term: KeyTerm): boolean {
  if (passage.stems.has(term.stem)) {
    return true
  }
  return (
    term.stem.length > 6 && term.stem.endsWith('li') && passage.stems.has(term.stem.slice(0, -2))
  )
}

function labelOf(
  term: KeyTerm,
  window: readonly ChartPassage[],
  all: readonly ChartPassage[],
): string {
  const p = window.find((x) => hasTerm(x, term)) ?? all.find((x) => hasTerm(x, term))
  const via = p?.via.get(term.stem)
  return via ? `${term.surface} → ${via}` : term.surface
}

function whyOf(
  met: Met,
  found: number,
  total: number,
  missing: readonly string[],
  denied: readonly string[],
): string {
  const miss = missing.length > 0 ? `; not found: ${missing.slice(0, 6).join(', ')}` : ''
  const deny =
    denied.length > 0 ? `; the text says the product lacks: ${denied.slice(0, 6).join(', ')}` : ''
  const lead =
    met === 'yes'
      ? 'the evidence holds the element’s key terms together'
      : met === 'partly'
        ? 'only part of the element’s key terms appear'
        : 'the element’s key terms are missing'
  return `${lead} (${found} of ${total} terms${miss})${deny}`
}

function round(n: number): number {
  return Math.round(n * 100) / 100
}
