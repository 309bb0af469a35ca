import type { EligibilityReport, JurisdictionReport } from './report.js'
import type { Jurisdiction, Lang, Verdict } from './types.js'

/** What a refiner is asked to reword: the explanation texts of one office, in order. */
export interface RefineRequest {
  readonly lang: Lang
  readonly jurisdiction: Jurisdiction
  /** Context only: a refiner cannot change the verdict. */
  readonly verdict: Verdict
  /** The claim the explanations are about. */
  readonly claim: string
  /** Step findings, then risks, then suggestions. */
  readonly texts: readonly string[]
}

/**
 * Port for an optional language model that rewords the explanations of a report. It sees the
 * texts and returns the same number of texts; verdicts, steps, evidence and sources stay as the
 * rule packs decided them. Implementations live outside core (e.g. an OpenAI-compatible client in
 * the CLI) and must keep disclosures on the user's server unless the user configures otherwise.
 */
export interface EligibilityRefiner {
  /** A name for the report, e.g. `openai-compatible:qwen2.5-7b-instruct`. */
  readonly id: string
  refine(request: RefineRequest): Promise<readonly string[]>
}

/** The refined report, or the original one with the reasons the refinement was dropped. */
export interface RefineOutcome {
  readonly report: EligibilityReport
  /** True when at least one office's texts were replaced. */
  readonly refined: boolean
  /** Why an office's refinement was rejected (wrong count, empty text, error). */
  readonly problems: readonly string[]
}

/** How much longer than the original a refined text may be before it is rejected. */
const MAX_GROWTH = 4

/**
 * Lets `refiner` reword the explanations of every office. Only texts change; a refinement with the
 * wrong number of texts, an empty or runaway text, or an error is dropped for that office.
 */
export async function refineReport(
  report: EligibilityReport,
  refiner: EligibilityRefiner,
): Promise<RefineOutcome> {
  const problems: string[] = []
  const claim = report.claims.map((c) => `${c.number}. ${c.text}`).join('\n')
  const jurisdictions: JurisdictionReport[] = []
  for (const j of report.jurisdictions) {
    const texts = [
      ...j.steps.map((s) => s.finding),
      ...j.risks.map((r) => r.text),
      ...j.suggestions.map((s) => s.text),
    ]
    try {
      const out = await refiner.refine({
        lang: report.lang,
        jurisdiction: j.jurisdiction,
        verdict: j.verdict,
        claim,
        texts,
      })
      const problem = validate(texts, out)
      if (problem) {
        problems.push(`${j.jurisdiction}: ${problem}`)
        jurisdictions.push(j)
        continue
      }
      jurisdictions.push(replaceTexts(j, out))
    } catch (error) {
      problems.push(`${j.jurisdiction}: ${error instanceof Error ? error.message : String(error)}`)
      jurisdictions.push(j)
    }
  }
  const refined = problems.length < report.jurisdictions.length
  return {
    report: refined ? { ...report, jurisdictions, refinedBy: refiner.id } : report,
    refined,
    problems,
  }
}

function validate(original: readonly string[], refined: readonly string[]): string | undefined {
  if (!Array.isArray(refined) || refined.length !== original.length) {
    return `expected ${original.length} texts, got ${Array.isArray(refined) ? refined.length : 'none'}`
  }
  for (const [i, t] of refined.entries()) {
    if (typeof t !== 'string' || !t.trim()) {
      return `text ${i + 1} is empty`
    }
    if (t.length > MAX_GROWTH * Math.max(80, original[i]!.length)) {
      return `text ${i + 1} is too long`
    }
  }
  return undefined
}

function replaceTexts(j: JurisdictionReport, texts: readonly string[]): JurisdictionReport {
  let i = 0
  const next = (): string => texts[i++]!
  return {
    ...j,
    steps: j.steps.map((s) => ({ ...s, finding: next() })),
    risks: j.risks.map((r) => ({ ...r, text: next() })),
    suggestions: j.suggestions.map((s) => ({ ...s, text: next() })),
  }
}
