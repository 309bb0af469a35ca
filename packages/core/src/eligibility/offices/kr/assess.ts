import type { AssessContext, OfficeAssessment, RulePack } from '../../assessment.js'
import { signalsOf } from '../../signals.js'
import { commonRisks } from '../common-risks.js'
import { natureLawTest } from '../nature-law.js'
import { suggestionsFor } from '../office-kit.js'
import { sufficiencyStep } from '../sufficiency.js'
import { KR_RULES as R } from './rule-pack.js'

/** KIPO: law of nature as a whole, else software concretely implemented with hardware. */
export const krRulePack: RulePack = {
  jurisdiction: 'KR',
  version: R.version,
  thresholds: R.test.thresholds,
  assess(ctx: AssessContext): OfficeAssessment {
    const s = signalsOf(ctx.features)
    const risks = commonRisks(ctx, s, R.risks)
    const t = natureLawTest(ctx, s, R.test, { art2: 'kr.art2', hardware: 'kr.hardware' }, R.sources)
    const steps = [...t.steps, sufficiencyStep('kr.ai', ctx, s, R.sources.ai, 'kr.ai.check')]
    return {
      verdict: t.verdict,
      margin: t.margin,
      steps,
      risks,
      suggestions: suggestionsFor(R.suggestions, risks, t.verdict),
    }
  },
}
