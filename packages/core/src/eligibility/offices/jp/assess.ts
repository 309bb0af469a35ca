import type { AssessContext, OfficeAssessment, RulePack } from '../../assessment.js'
import { signalsOf } from '../../signals.js'
import { commonRisks } from '../common-risks.js'
import { natureLawTest } from '../nature-law.js'
import { suggestionsFor } from '../office-kit.js'
import { sufficiencyStep } from '../sufficiency.js'
import { JP_RULES as R } from './rule-pack.js'

/** JPO: law of nature as a whole, else concrete realisation by hardware resources. */
export const jpRulePack: RulePack = {
  jurisdiction: 'JP',
  version: R.version,
  thresholds: R.test.thresholds,
  assess(ctx: AssessContext): OfficeAssessment {
    const s = signalsOf(ctx.features)
    const risks = commonRisks(ctx, s, R.risks)
    const t = natureLawTest(ctx, s, R.test, { art2: 'jp.art2', hardware: 'jp.hardware' }, R.sources)
    const steps = [...t.steps, sufficiencyStep('jp.ai', ctx, s, R.sources.ai, 'jp.ai.check')]
    return {
      verdict: t.verdict,
      margin: t.margin,
      steps,
      risks,
      suggestions: suggestionsFor(R.suggestions, risks, t.verdict),
    }
  },
}
