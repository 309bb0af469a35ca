import { createError } from '../errors.js'
import type { OfficeAssessment } from './assessment.js'
import { splitClaims, type ClaimText } from './claim-text.js'
import { extractChainFeatures, extractFeatures, maskEditorialNotes } from './features.js'
import { LEXICON_VERSION } from './lexicon/index.js'
import { localizeAssessment } from './localize.js'
import { RULE_PACKS } from './offices/registry.js'
import type { EligibilityReport, JurisdictionReport } from './report.js'
import { JURISDICTIONS, type Jurisdiction, type Lang, type Verdict } from './types.js'
import { translate } from './i18n/messages.js'

/** Input of `checkEligibility`. */
export interface EligibilityInput {
  /** One or more claims as plain text ("1. A method …", "权利要求1：…", "【請求項1】…"). */
  readonly claims: string
  /** Offices to check. Default is all six, in `JURISDICTIONS` order. */
  readonly jurisdictions?: readonly Jurisdiction[]
  /** Language of the explanations. Default is `'en'`. */
  readonly lang?: Lang
  /** The description, when available: enables the training-data disclosure check. */
  readonly description?: string
}

const RANK: Readonly<Record<Verdict, number>> = { ineligible: 0, uncertain: 1, eligible: 2 }

/**
 * Runs the subject-matter eligibility pre-check of every claim at every requested office.
 * Pure and synchronous; throws `ELIGIBILITY_NO_CLAIMS` when the text holds no claim.
 * @example
 * const report = checkEligibility({ claims: '1. A robot comprising …', jurisdictions: ['US', 'EP'], lang: 'zh' })
 * report.jurisdictions[0].verdict // 'eligible'
 */
export function checkEligibility(input: EligibilityInput): EligibilityReport {
  const lang = input.lang ?? 'en'
  const claims = splitClaims(maskEditorialNotes(input.claims))
  if (claims.length === 0) {
    throw createError('ELIGIBILITY_NO_CLAIMS', 'the claims text is empty')
  }
  const description = input.description?.trim() ? extractFeatures(input.description) : undefined
  const jurisdictions = (input.jurisdictions ?? JURISDICTIONS).map((j) =>
    checkJurisdiction(j, claims, lang, description),
  )
  return {
    lang,
    lexiconVersion: LEXICON_VERSION,
    claims: claims.map((c) => ({
      number: c.number,
      category: c.category,
      independent: c.independent,
      dependsOn: c.dependsOn,
      text: c.text,
    })),
    jurisdictions,
    disclaimer: translate('report.disclaimer', lang),
  }
}

function checkJurisdiction(
  jurisdiction: Jurisdiction,
  claims: readonly ClaimText[],
  lang: Lang,
  description: ReturnType<typeof extractFeatures> | undefined,
): JurisdictionReport {
  const pack = RULE_PACKS[jurisdiction]
  const byNumber = new Map(claims.map((c) => [c.number, c]))
  const results = claims.map((claim) => {
    const { chain, missing } = chainOf(claim, byNumber)
    const features = extractChainFeatures(chain.map((c) => ({ claim: c.number, text: c.text })))
    const context = { claim: chain[0] ?? claim, features, description, missingParents: missing }
    return { claim, assessment: pack.assess(context) }
  })
  const independents = results.filter((r) => r.claim.independent)
  const pool = independents.length > 0 ? independents : results
  const decisive = pool.reduce((worst, r) =>
    RANK[r.assessment.verdict] < RANK[worst.assessment.verdict] ? r : worst,
  )
  return {
    jurisdiction,
    office: translate(`office.${jurisdiction}`, lang),
    rulePackVersion: pack.version,
    verdict: decisive.assessment.verdict,
    verdictLabel: verdictLabel(jurisdiction, decisive.assessment, lang),
    claim: decisive.claim.number,
    ...localizeAssessment(decisive.assessment, lang),
    claims: results.map((r) => ({
      claim: r.claim.number,
      independent: r.claim.independent,
      verdict: r.assessment.verdict,
      margin: Math.round(r.assessment.margin * 100) / 100,
    })),
  }
}

/** The claim with its parents (root first, first parent at each level) and the parents not supplied. */
function chainOf(
  claim: ClaimText,
  byNumber: ReadonlyMap<number, ClaimText>,
): { chain: ClaimText[]; missing: number[] } {
  const chain: ClaimText[] = [claim]
  const missing: number[] = []
  let current = claim
  while (current.dependsOn.length > 0 && chain.length < 50) {
    const parentNumber = current.dependsOn[0]!
    const parent = byNumber.get(parentNumber)
    if (!parent || chain.includes(parent)) {
      missing.push(...current.dependsOn.filter((n) => !byNumber.has(n)))
      break
    }
    chain.unshift(parent)
    current = parent
  }
  return { chain, missing }
}

function verdictLabel(jurisdiction: Jurisdiction, a: OfficeAssessment, lang: Lang): string {
  const epStyle = jurisdiction === 'EP' || jurisdiction === 'UK'
  if (epStyle && a.verdict !== 'uncertain') {
    return translate(`verdict.ep.${a.verdict}`, lang)
  }
  return translate(`verdict.${a.verdict}`, lang)
}
