import type { AssessContext, StepFinding } from '../assessment.js'
import { evidence, words, type Signals } from '../signals.js'
import type { SourceId } from '../sources.js'
import { step, text } from './office-kit.js'

/**
 * The disclosure step for trained models. It never changes the eligibility verdict: it tells
 * the applicant what the description must contain (T 161/18; CN 2026; KIPO; JPO cases).
 */
export function sufficiencyStep(
  id: string,
  ctx: AssessContext,
  s: Signals,
  sources: readonly SourceId[],
  checkKey:
    'sufficiency.check' | 'cn.ai.check' | 'jp.ai.check' | 'kr.ai.check' = 'sufficiency.check',
): StepFinding {
  if (!s.aiRelated) {
    return step(id, 'not-reached', text('ai.na'), [], sources)
  }
  const described = ctx.description ? evidence(ctx.description, ['ml-specifics'], 5) : []
  if (checkKey === 'sufficiency.check' && described.length > 0) {
    return step(id, 'pass', text('sufficiency.ok', { terms: words(described) }), [], sources)
  }
  const model = evidence(ctx.features, ['ai-model', 'ml-specifics'], 4)
  return step(id, 'uncertain', text(checkKey, { terms: words(model) }), model, sources)
}
