import type { AssessContext, OfficeAssessment, RulePack, StepFinding } from '../../assessment.js'
import { ref } from '../../i18n/messages.js'
import { evidence, signalsOf, weigh, words } from '../../signals.js'
import type { FeatureCategory } from '../../types.js'
import { commonRisks } from '../common-risks.js'
import { decide, outcomeOf, step, suggestionsFor, text } from '../office-kit.js'
import { US_RULES as R } from './rule-pack.js'

const EXCEPTIONS = ['math', 'mental', 'business', 'cognitive'] as const
const INTEGRATING: readonly FeatureCategory[] = [
  'physical-output',
  'technical-processing',
  'computer-improvement',
  'specific-hardware',
  'ml-specifics',
]

/** USPTO: Alice/Mayo as applied in MPEP 2106 and the 2024–2025 AI guidance. */
export const usRulePack: RulePack = {
  jurisdiction: 'US',
  version: R.version,
  thresholds: R.thresholds,
  assess(ctx: AssessContext): OfficeAssessment {
    const f = ctx.features
    const s = signalsOf(f)
    const risks = commonRisks(ctx, s, R.risks)
    const steps: StepFinding[] = []
    const category = ctx.claim.category
    if (category === 'program') {
      steps.push(step('us.step1', 'fail', text('us.step1.program'), [], R.sources.step1))
      return {
        verdict: 'ineligible',
        margin: -1,
        steps,
        risks,
        suggestions: suggestionsFor(R.suggestions, risks, 'ineligible'),
      }
    }
    steps.push(
      step(
        'us.step1',
        'pass',
        text('us.step1.pass', { category: ref(`category.${category}`) }),
        [],
        R.sources.step1,
      ),
    )

    const strength = EXCEPTIONS.reduce((sum, c) => sum + s.all[c], 0)
    const recited = strength >= R.recitesFrom ? EXCEPTIONS.filter((c) => s.all[c] > 0) : []
    const exceptionWords = evidence(f, recited, 8)
    if (recited.length === 0) {
      steps.push(step('us.step2a1', 'pass', text('us.step2a1.none'), [], R.sources.step2a1))
      steps.push(
        step('us.step2a2', 'not-reached', text('us.step2a2.not-reached'), [], R.sources.step2a2),
      )
      steps.push(
        step('us.step2b', 'not-reached', text('us.step2b.not-reached'), [], R.sources.step2b),
      )
      return {
        verdict: 'eligible',
        margin: 1,
        steps,
        risks,
        suggestions: suggestionsFor(R.suggestions, risks, 'eligible'),
      }
    }
    const groups = recited.map((c) => ref(`group.${c}`))
    steps.push(
      step(
        'us.step2a1',
        'fail',
        text('us.step2a1.recites', { groups, terms: words(exceptionWords) }),
        exceptionWords,
        R.sources.step2a1,
      ),
    )

    const training = f.matches.some((m) => m.inPreamble && R.trainingPreamble.test(m.text))
    const ml = training
      ? s.all['ml-specifics']
      : Math.max(0, s.all['ml-specifics'] - R.mlImprovementFrom)
    const integration =
      weigh(s.body, R.integration) +
      weigh(s.all, R.machine) +
      ml +
      R.specificEffect * s.specificEffect
    const framing = weigh(s.all, R.framing) + R.conventionalTraining * s.conventionalTraining
    const margin = integration - framing
    const verdict = decide(margin, R.thresholds)
    const plus = evidence(
      f,
      ml > 0 ? INTEGRATING : INTEGRATING.filter((c) => c !== 'ml-specifics'),
      8,
    )
    const minus = evidence(f, ['business', 'cognitive', 'math'], 6)
    const key =
      verdict === 'eligible'
        ? 'us.step2a2.integrated'
        : verdict === 'uncertain'
          ? 'us.step2a2.balanced'
          : 'us.step2a2.not-integrated'
    steps.push(
      step(
        'us.step2a2',
        outcomeOf(verdict),
        text(key, {
          terms: words(plus),
          counter: words(minus.length > 0 ? minus : exceptionWords),
        }),
        verdict === 'ineligible' ? (minus.length > 0 ? minus : exceptionWords) : plus,
        R.sources.step2a2,
      ),
    )
    if (verdict === 'eligible') {
      steps.push(
        step('us.step2b', 'not-reached', text('us.step2b.not-reached'), [], R.sources.step2b),
      )
    } else if (plus.length > 0) {
      steps.push(
        step(
          'us.step2b',
          'uncertain',
          text('us.step2b.possible', { terms: words(plus) }),
          plus,
          R.sources.step2b,
        ),
      )
    } else {
      steps.push(
        step(
          'us.step2b',
          'fail',
          text('us.step2b.generic'),
          evidence(f, ['generic-computer'], 4),
          R.sources.step2b,
        ),
      )
    }
    return {
      verdict,
      margin,
      steps,
      risks,
      suggestions: suggestionsFor(R.suggestions, risks, verdict),
    }
  },
}
