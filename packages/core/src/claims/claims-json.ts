import { z } from 'zod'
import { analyseClaims, fullElements, type ClaimAnalysis } from './claim-analysis.js'
import type { ClaimLanguage } from './claim-structure.js'

/** One claim as `chuhai claims parse --json` and `--batch` print it. */
export interface ClaimJson {
  readonly number: number
  readonly depends_on: readonly number[]
  readonly independent: boolean
  readonly cancelled?: true
  readonly category: string
  readonly preamble: string
  readonly transition: string
  readonly scope: string
  /** Own limitations, in order (a wherein clause right after what it limits, as written). */
  readonly elements: readonly string[]
  /** Own limitations with labels and what each wherein clause limits. */
  readonly element_details: readonly { id: string; kind: string; text: string; limits?: string }[]
  /** Every limitation the claim has, inherited ones first (ids). */
  readonly all_elements: readonly string[]
}

/** The JSON form of an analysis. */
export function claimsJson(analysis: ClaimAnalysis): ClaimJson[] {
  return analysis.claims.map((c) => ({
    number: c.number,
    depends_on: c.dependsOn,
    independent: c.independent,
    ...(c.cancelled ? { cancelled: true as const } : {}),
    category: c.category,
    preamble: c.preamble,
    transition: c.transition,
    scope: c.scope,
    elements: c.elements.filter((e) => e.kind !== 'preamble').map((e) => e.text),
    element_details: c.elements.map((e) => ({
      id: e.id,
      kind: e.kind,
      text: e.text,
      ...(e.limits === undefined ? {} : { limits: e.limits }),
    })),
    all_elements: fullElements(analysis, c.number).map((e) => e.id),
  }))
}

const BatchLine = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  text: z.string(),
  lang: z.enum(['en', 'zh', 'ja']).optional(),
})

/** What one `--batch` line gives: the claims, or the reason the line was refused. */
export type ClaimsBatchOutcome =
  | {
      readonly ok: true
      readonly id: string
      readonly claims: ClaimJson[]
      readonly problems: readonly string[]
    }
  | { readonly ok: false; readonly id?: string; readonly error: string }

/**
 * Analyses one `--batch` line (`{"id", "text", "lang"?}`); a bad line gives an error naming the
 * line and field, never an exception, so that the rest of the batch still runs.
 */
export function claimsBatchLine(
  line: string,
  lineNumber: number,
  language?: ClaimLanguage,
): ClaimsBatchOutcome {
  let raw: unknown
  try {
    raw = JSON.parse(line)
  } catch (error) {
    return {
      ok: false,
      error: `line ${lineNumber}: not JSON (${error instanceof Error ? error.message : String(error)})`,
    }
  }
  const parsed = BatchLine.safeParse(raw)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const id = typeof raw === 'object' && raw !== null && 'id' in raw ? String(raw.id) : undefined
    return {
      ok: false,
      ...(id === undefined ? {} : { id }),
      error: `line ${lineNumber}: ${issue?.path.join('.') || 'line'}: ${issue?.message ?? 'invalid'}`,
    }
  }
  const lang = parsed.data.lang ?? language
  const analysis = analyseClaims(parsed.data.text, lang === undefined ? {} : { language: lang })
  if (analysis.claims.length === 0) {
    return {
      ok: false,
      id: parsed.data.id,
      error: `line ${lineNumber}: text: no claims in the text`,
    }
  }
  return {
    ok: true,
    id: parsed.data.id,
    claims: claimsJson(analysis),
    problems: analysis.problems.map((p) =>
      p.claim === undefined ? p.message : `claim ${p.claim}: ${p.message}`,
    ),
  }
}
