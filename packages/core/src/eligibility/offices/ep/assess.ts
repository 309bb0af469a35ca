import type { AssessContext, OfficeAssessment, RulePack, StepFinding } from '../../assessment.js'
import { words } from '../../signals.js'
import { hardwareGate } from '../hardware-gate.js'
import { outcomeOf, step, suggestionsFor, text } from '../office-kit.js'
import { sufficiencyStep } from '../sufficiency.js'
import { EP_RULES as R } from './rule-pack.js'

/** EPO: any-hardware hurdle, then the technical character of the contribution (COMVIK, G 1/19). */
export const epRulePack: RulePack = {
  jurisdiction: 'EP',
  version: R.version,
  thresholds: R.thresholds,
  assess(ctx: AssessContext): OfficeAssessment {
    const { risks, balance: b, hardware, verdict, means, params, signals: s } = hardwareGate(ctx, R)
    const techKey =
      verdict === 'eligible' ? 'tech.pass' : verdict === 'uncertain' ? 'tech.balanced' : 'tech.fail'
    const steps: StepFinding[] = [
      hardware
        ? step(
            'ep.art52',
            'pass',
            text('ep.art52.pass', { terms: words(means) }),
            means,
            R.sources.art52,
          )
        : step('ep.art52', 'fail', text('ep.art52.fail'), [], R.sources.art52),
      step(
        'ep.technical',
        outcomeOf(verdict),
        text(techKey, params),
        verdict === 'ineligible' ? b.minus : b.plus,
        R.sources.technical,
      ),
      b.minus.length > 0 && verdict !== 'eligible'
        ? step(
            'ep.comvik',
            'fail',
            text('ep.comvik.nontechnical', params),
            b.minus,
            R.sources.comvik,
          )
        : step(
            'ep.comvik',
            b.plus.length > 0 ? 'pass' : 'fail',
            text('ep.comvik.technical', params),
            b.plus,
            R.sources.comvik,
          ),
      sufficiencyStep('ep.sufficiency', ctx, s, R.sources.sufficiency),
    ]
    return {
      verdict,
      margin: hardware ? b.margin : -1,
      steps,
      risks,
      suggestions: suggestionsFor(R.suggestions, risks, verdict),
    }
  },
}
