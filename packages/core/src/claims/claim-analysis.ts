import type { ClaimSet } from '../model/claim.js'
import { splitLimitations, type ClaimLimitation } from './claim-elements.js'
import {
  claimParts,
  detectClaimLanguage,
  type ClaimLanguage,
  type TransitionScope,
} from './claim-structure.js'
import { buildClaim, claimCategory, splitClaims, type ClaimCategory } from './claim-text.js'

/** One claim, analysed: numbering, dependency, category, parts and limitations. */
export interface AnalysedClaim {
  readonly number: number
  /** The claim text without its number label. */
  readonly text: string
  /** The claims it refers back to (markup in office XML, the text otherwise). */
  readonly dependsOn: readonly number[]
  readonly independent: boolean
  readonly cancelled: boolean
  readonly category: ClaimCategory
  readonly preamble: string
  readonly transition: string
  readonly scope: TransitionScope
  readonly body: string
  /** Its own limitations: the preamble (`1pre`) first for an independent claim that has one. */
  readonly elements: readonly ClaimLimitation[]
}

/** A problem met while analysing (a claim with no body, a reference to a missing claim). */
export interface ClaimProblem {
  readonly claim?: number
  readonly message: string
}

/** The analysed claim set of one document or pasted text. */
export interface ClaimAnalysis {
  readonly language: ClaimLanguage
  readonly claims: readonly AnalysedClaim[]
  readonly problems: readonly ClaimProblem[]
}

/** Options of the analysers. */
export interface AnalyseOptions {
  /** The claims' language; detected from the text when absent. */
  readonly language?: ClaimLanguage
}

/**
 * Analyses plain-text claims (OCR, machine translation, pasted): numbering ("1.", "Claim 1",
 * "【請求項1】", "权利要求1"), dependencies from the text, category, preamble / transition /
 * body and limitations. Unnumbered text is one claim.
 */
export function analyseClaims(text: string, options: AnalyseOptions = {}): ClaimAnalysis {
  const language = options.language ?? detectClaimLanguage(text)
  const split = splitClaims(text.replace(/\r\n?/gu, '\n'))
  return analyse(
    split.map((c) => ({
      number: c.number,
      text: c.text,
      dependsOn: c.dependsOn,
      cancelled: c.cancelled === true,
      category: c.category,
    })),
    language,
  )
}

// "12. ", "12) " at the start of an office claim text.
const OWN_LABEL = /^\s*(?:\d+\s*(?:[-–]\s*\d+\s*)?[.)．、:：]\s*|【\s*請求項\s*\d+\s*】\s*)/u

/**
 * Analyses the claims of a stored document: numbering and dependencies from the office markup
 * (the XML's `claim-ref`), the rest from each claim's text.
 */
export function analyseClaimSet(set: ClaimSet, options: AnalyseOptions = {}): ClaimAnalysis {
  const sample = set.claims
    .slice(0, 3)
    .map((c) => c.text)
    .join('\n')
  const language =
    options.language ??
    (/^(?:zh|ja|en)/u.exec(set.lang)?.[0] as ClaimLanguage | undefined) ??
    detectClaimLanguage(sample)
  return analyse(
    set.claims.map((c) => {
      const text = c.text.replace(OWN_LABEL, '').trim()
      return {
        number: c.number,
        text,
        dependsOn: c.dependsOn,
        cancelled: c.cancelled === true,
        category: buildClaim(c.number, text).category,
      }
    }),
    language,
  )
}

interface RawClaim {
  readonly number: number
  readonly text: string
  readonly dependsOn: readonly number[]
  readonly cancelled: boolean
  readonly category: ClaimCategory
}

function analyse(raw: readonly RawClaim[], language: ClaimLanguage): ClaimAnalysis {
  const problems: ClaimProblem[] = []
  const done = new Map<number, AnalysedClaim>()
  const numbers = new Set(raw.map((c) => c.number))
  for (const c of raw) {
    const missing = c.dependsOn.filter((n) => !numbers.has(n))
    if (missing.length > 0) {
      problems.push({
        claim: c.number,
        message: `refers to claim ${missing.join(', ')}, which is not in the set`,
      })
    }
    const parts = claimParts(c.text, language)
    const independent = !c.cancelled && c.dependsOn.length === 0
    // A dependent claim's category is its parent's ("The method of claim 1" names it anyway).
    const parent = c.dependsOn.map((n) => done.get(n)).find((p) => p !== undefined)
    const named = c.category !== 'other' ? c.category : claimCategory(parts.preamble)
    // A claim to a thing the vocabulary does not name ("A lamp", "一种灯") is a product claim.
    const category =
      named !== 'other'
        ? named
        : parent
          ? parent.category
          : parts.preamble && independent
            ? 'apparatus'
            : 'other'
    const inherited = parent ? allElements(parent, done) : []
    const elements: ClaimLimitation[] = []
    if (!c.cancelled) {
      if (independent && parts.preamble) {
        elements.push({
          claim: c.number,
          id: `${c.number}pre`,
          kind: 'preamble',
          text: parts.preamble,
        })
      }
      elements.push(
        ...splitLimitations(parts.body, {
          claim: c.number,
          language,
          method: category === 'method',
          inherited: [...inherited, ...elements],
          whereinBody:
            !independent &&
            /wherein|where|in which|characteri|其中|特征在于/iu.test(parts.transition),
        }),
      )
      if (elements.length === 0 || (elements.length === 1 && elements[0]!.kind === 'preamble')) {
        problems.push({ claim: c.number, message: 'no limitations found in the claim body' })
      }
    }
    const claim: AnalysedClaim = {
      number: c.number,
      text: c.text,
      dependsOn: c.dependsOn,
      independent,
      cancelled: c.cancelled,
      category,
      preamble: parts.preamble,
      transition: parts.transition,
      scope: independent || c.cancelled ? parts.scope : 'dependent',
      body: parts.body,
      elements,
    }
    done.set(c.number, claim)
  }
  return { language, claims: [...done.values()], problems }
}

function allElements(
  claim: AnalysedClaim,
  byNumber: ReadonlyMap<number, AnalysedClaim>,
  seen: Set<number> = new Set(),
): ClaimLimitation[] {
  if (seen.has(claim.number)) {
    return []
  }
  seen.add(claim.number)
  // A multiple dependent claim ("claim 1 or 2") is charted against its first alternative.
  const parent = claim.dependsOn.map((n) => byNumber.get(n)).find((p) => p !== undefined)
  return [...(parent ? allElements(parent, byNumber, seen) : []), ...claim.elements]
}

/**
 * Every limitation of a claim: those of the claims it depends on (for "claim 1 or 2", the first
 * alternative), then its own. For an independent claim, its own elements.
 */
export function fullElements(analysis: ClaimAnalysis, number: number): ClaimLimitation[] {
  const byNumber = new Map(analysis.claims.map((c) => [c.number, c]))
  const claim = byNumber.get(number)
  return claim ? allElements(claim, byNumber) : []
}
