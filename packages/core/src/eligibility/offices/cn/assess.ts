import type { AssessContext, OfficeAssessment, RiskFinding, RulePack } from '../../assessment.js'
import { ref } from '../../i18n/messages.js'
import { evidence, signalsOf, words, type Signals } from '../../signals.js'
import type { Evidence } from '../../types.js'
import { commonRisks } from '../common-risks.js'
import { decide, outcomeOf, risk, step, suggestionsFor, text } from '../office-kit.js'
import { sufficiencyStep } from '../sufficiency.js'
import { technicalBalance } from '../technical-balance.js'
import { CN_RULES as R } from './rule-pack.js'

/** CNIPA: Art. 25(1)(2), then Art. 2(2) "three technical" test as a whole, then the AI guidance. */
export const cnRulePack: RulePack = {
  jurisdiction: 'CN',
  version: R.version,
  thresholds: R.thresholds,
  assess(ctx: AssessContext): OfficeAssessment {
    const f = ctx.features
    const s = signalsOf(f)
    const risks = [...commonRisks(ctx, s, R.risks), ...cnRisks(ctx, s)]
    const technical = evidence(f, R.technicalFeatures, 6)
    const b = technicalBalance(f, s, R.balance)
    const params = { terms: words(b.plus), counter: words(b.minus) }
    const ai = sufficiencyStep('cn.ai', ctx, s, R.sources.ai, 'cn.ai.check')
    if (technical.length === 0) {
      const steps = [
        step('cn.art25', 'fail', text('cn.art25.fail', params), b.minus, R.sources.art25),
        step('cn.art2', 'not-reached', text('cn.art2.not-reached'), [], R.sources.art2),
        ai,
      ]
      return {
        verdict: 'ineligible',
        margin: -1,
        steps,
        risks,
        suggestions: suggestionsFor(R.suggestions, risks, 'ineligible'),
      }
    }
    const verdict = decide(b.margin, R.thresholds)
    const key =
      verdict === 'eligible'
        ? 'cn.art2.pass'
        : verdict === 'uncertain'
          ? 'tech.balanced'
          : 'cn.art2.fail'
    const steps = [
      step(
        'cn.art25',
        'pass',
        text('cn.art25.pass', { terms: words(technical) }),
        technical,
        R.sources.art25,
      ),
      step(
        'cn.art2',
        outcomeOf(verdict),
        text(key, { ...params, problem: problemOf(s) }),
        verdict === 'ineligible' ? b.minus : b.plus,
        R.sources.art2,
      ),
      ai,
    ]
    return {
      verdict,
      margin: b.margin,
      steps,
      risks,
      suggestions: suggestionsFor(R.suggestions, risks, verdict),
    }
  },
}

function problemOf(s: Signals): string {
  if (s.all.business >= s.all.cognitive && s.all.business > 0) {
    return ref('problem.business')
  }
  if (s.all.cognitive > 0) {
    return ref('problem.cognitive')
  }
  return ref(s.all.math > 0 ? 'problem.math' : 'problem.none')
}

function cnRisks(ctx: AssessContext, s: Signals): RiskFinding[] {
  const out: RiskFinding[] = []
  const f = ctx.features
  if (s.aiRelated && s.all['ml-specifics'] < 2 && s.all.business + s.all.cognitive >= 1) {
    const ev = evidence(f, ['ai-model', 'business', 'cognitive'], 5)
    out.push(
      risk('new-scenario', text('risk.new-scenario', { terms: words(ev) }), ev, R.scenarioSources),
    )
  }
  const bio: Evidence[] = [...f.text.matchAll(R.biometric)].map((m) => ({
    text: m[0],
    start: m.index,
    end: m.index + m[0].length,
    category: 'physical-input',
  }))
  if (bio.length > 0) {
    out.push(
      risk(
        'biometric',
        text('risk.biometric', { terms: words(bio) }),
        bio.slice(0, 4),
        R.biometricSources,
      ),
    )
  }
  return out
}
