import { z } from 'zod'
import { ChuhaiError, createError, errorMessage } from '../errors.js'
import { checkEligibility } from './check.js'
import type { JurisdictionReport } from './report.js'
import {
  isJurisdiction,
  JURISDICTIONS,
  type Jurisdiction,
  type Lang,
  type Verdict,
} from './types.js'

/** One input line of `chuhai check eligibility --batch`. */
export interface EligibilityBatchInput {
  readonly id: string
  readonly jurisdiction: Jurisdiction
  readonly claim_text: string
  readonly description?: string
}

/** One output line: the verdict and its reasons (steps, then risks) in the report language. */
export interface EligibilityBatchResult {
  readonly id: string
  readonly jurisdiction: Jurisdiction
  readonly verdict: Verdict
  readonly reasons: readonly string[]
}

/** The outcome of one input line: a result, or an error naming the line. */
export type EligibilityBatchOutcome =
  | { readonly line: number; readonly result: EligibilityBatchResult }
  | { readonly line: number; readonly error: ChuhaiError }

const LineSchema = z.object({
  id: z.union([z.string().min(1), z.number()]).transform(String),
  jurisdiction: z.string().min(1),
  claim_text: z.string().refine((s) => s.trim().length > 0, 'claim_text is empty'),
  description: z.string().optional(),
})

/** Parses one JSONL line (1-based `line`); returns an `ELIGIBILITY_BAD_LINE` error instead of throwing. */
export function parseEligibilityBatchLine(
  text: string,
  line: number,
): EligibilityBatchInput | ChuhaiError {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    return createError('ELIGIBILITY_BAD_LINE', line, `not JSON (${(error as Error).message})`)
  }
  const parsed = LineSchema.safeParse(json)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    return createError(
      'ELIGIBILITY_BAD_LINE',
      line,
      `${issue?.path.join('.') || 'line'}: ${issue?.message ?? 'invalid'}`,
    )
  }
  const jurisdiction = parsed.data.jurisdiction.trim().toUpperCase()
  if (!isJurisdiction(jurisdiction)) {
    const detail = errorMessage(
      'ELIGIBILITY_UNKNOWN_JURISDICTION',
      parsed.data.jurisdiction,
      JURISDICTIONS.join(', '),
    )
    return createError('ELIGIBILITY_BAD_LINE', line, detail)
  }
  return { ...parsed.data, jurisdiction }
}

/** The reasons of a jurisdiction report: each reached step as "title: finding", then the risks. */
export function eligibilityReasons(report: JurisdictionReport): string[] {
  return [
    ...report.steps
      .filter((s) => s.outcome !== 'not-reached')
      .map((s) => `${s.title}: ${s.finding}`),
    ...report.risks.map((r) => r.text),
  ]
}

/** Checks one batch line. */
export function checkEligibilityBatchInput(
  input: EligibilityBatchInput,
  lang: Lang = 'en',
): EligibilityBatchResult {
  const report = checkEligibility({
    claims: input.claim_text,
    jurisdictions: [input.jurisdiction],
    lang,
    description: input.description,
  })
  const j = report.jurisdictions[0]!
  return {
    id: input.id,
    jurisdiction: input.jurisdiction,
    verdict: j.verdict,
    reasons: eligibilityReasons(j),
  }
}

/**
 * Runs a whole JSONL batch. Blank lines are skipped; a bad line yields an error naming its line
 * number and every other line is still processed.
 */
export function runEligibilityBatch(jsonl: string, lang: Lang = 'en'): EligibilityBatchOutcome[] {
  const out: EligibilityBatchOutcome[] = []
  jsonl.split(/\r?\n/u).forEach((text, index) => {
    if (!text.trim()) {
      return
    }
    const line = index + 1
    const input = parseEligibilityBatchLine(text, line)
    if (input instanceof ChuhaiError) {
      out.push({ line, error: input })
      return
    }
    try {
      out.push({ line, result: checkEligibilityBatchInput(input, lang) })
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error)
      out.push({ line, error: createError('ELIGIBILITY_BAD_LINE', line, detail) })
    }
  })
  return out
}
