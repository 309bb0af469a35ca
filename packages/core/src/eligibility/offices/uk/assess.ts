import type { AssessContext, OfficeAssessment, RulePack, StepFinding } from '../../assessment.js'
import { evidence, words } from '../../signals.js'
import { hardwareGate } from '../hardware-gate.js'
import { outcomeOf, step, suggestionsFor, text } from '../office-kit.js'
import { UK_RULES as R } from './rule-pack.js'

/** UKIPO after Emotional Perception: any hardware, then the technical contribution. */
export const ukRulePack: RulePack = {
  jurisdiction: 'UK',
  version: R.version,
  thresholds: R.thresholds,
  assess(ctx: AssessContext): OfficeAssessment {
    const { risks, balance: b, hardware, verdict, means, params, signals: s } = hardwareGate(ctx, R)
    const internal = evidence(ctx.features, ['computer-improvement'], 5)
    const itself = verdict === 'eligible' && s.all['computer-improvement'] >= R.computerItselfFrom
    const key = itself
      ? 'uk.contribution.computer'
      : verdict === 'eligible'
        ? 'tech.pass'
        : verdict === 'uncertain'
          ? 'tech.balanced'
          : 'tech.fail'
    const steps: StepFinding[] = [
      hardware
        ? step(
            'uk.exclusion',
            'pass',
            text('uk.exclusion.pass', { terms: words(means) }),
            means,
            R.sources.exclusion,
          )
        : step('uk.exclusion', 'fail', text('uk.exclusion.fail'), [], R.sources.exclusion),
      step(
        'uk.contribution',
        outcomeOf(verdict),
        text(key, itself ? { terms: words(internal) } : params),
        verdict === 'ineligible' ? b.minus : itself ? internal : b.plus,
        itself ? R.sources.computerItself : R.sources.contribution,
      ),
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
