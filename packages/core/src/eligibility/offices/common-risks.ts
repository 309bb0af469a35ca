import type { AssessContext, RiskFinding } from '../assessment.js'
import { evidence, words, type Signals } from '../signals.js'
import type { SourceId } from '../sources.js'
import { risk, text } from './office-kit.js'

/** The risks every office shares; each rule pack passes the sources that apply at that office. */
export type CommonRisk =
  | 'information-only'
  | 'generic-computer'
  | 'no-training-data'
  | 'named-math'
  | 'business'
  | 'cognitive'
  | 'field-of-use'
  | 'result-oriented'
  | 'parent-missing'

/** Finds the common risks in a claim, citing `sources[risk]` for each. */
export function commonRisks(
  ctx: AssessContext,
  s: Signals,
  sources: Readonly<Partial<Record<CommonRisk, readonly SourceId[]>>>,
): RiskFinding[] {
  const f = ctx.features
  const out: RiskFinding[] = []
  const add = (id: CommonRisk, found: RiskFinding): void => {
    if (sources[id]) {
      out.push(found)
    }
  }
  const technicalOutput = s.body['physical-output'] + s.body['technical-processing']
  if (s.all['information-output'] >= 0.5 && technicalOutput < 1) {
    const ev = evidence(f, ['information-output'], 4)
    add(
      'information-only',
      risk(
        'information-only',
        text('risk.information-only', { terms: words(ev) }),
        ev,
        sources['information-only'] ?? [],
      ),
    )
  }
  const specific =
    s.all['specific-hardware'] + s.all['computer-improvement'] + s.all['physical-output']
  if (s.all['generic-computer'] > 0 && specific < 1) {
    const ev = evidence(f, ['generic-computer'], 5)
    add(
      'generic-computer',
      risk(
        'generic-computer',
        text('risk.generic-computer', { terms: words(ev) }),
        ev,
        sources['generic-computer'] ?? [],
      ),
    )
  }
  if (s.aiRelated) {
    const described = ctx.description ? ctx.description.scores['ml-specifics'] >= 1 : false
    if (!described) {
      const key = ctx.description ? 'risk.no-training-data-in-description' : 'risk.no-training-data'
      add(
        'no-training-data',
        risk('no-training-data', text(key), [], sources['no-training-data'] ?? []),
      )
    }
    if (s.all['ml-specifics'] < 1) {
      const ev = evidence(f, ['ai-model'], 4)
      add(
        'result-oriented',
        risk(
          'result-oriented',
          text('risk.result-oriented', { terms: words(ev) }),
          ev,
          sources['result-oriented'] ?? [],
        ),
      )
    }
  }
  if (s.namedMath >= 1) {
    const ev = evidence(f, ['math'], 6).filter((e) =>
      f.matches.some((m) => m.start === e.start && m.weight >= 1),
    )
    add(
      'named-math',
      risk(
        'named-math',
        text('risk.named-math', { terms: words(ev) }),
        ev,
        sources['named-math'] ?? [],
      ),
    )
  }
  if (s.all.business >= 1) {
    const ev = evidence(f, ['business'], 6)
    add(
      'business',
      risk('business', text('risk.business', { terms: words(ev) }), ev, sources.business ?? []),
    )
  }
  if (s.all.cognitive >= 1) {
    const ev = evidence(f, ['cognitive'], 6)
    add(
      'cognitive',
      risk('cognitive', text('risk.cognitive', { terms: words(ev) }), ev, sources.cognitive ?? []),
    )
  }
  const technical = [
    'physical-output',
    'technical-processing',
    'specific-hardware',
    'technical-field',
  ] as const
  const preambleOnly =
    technical.every((c) => s.body[c] === 0) && technical.some((c) => s.all[c] > 0)
  if (preambleOnly) {
    const ev = evidence(f, [...technical], 4)
    add(
      'field-of-use',
      risk(
        'field-of-use',
        text('risk.field-of-use', { terms: words(ev) }),
        ev,
        sources['field-of-use'] ?? [],
      ),
    )
  }
  if (ctx.missingParents.length > 0) {
    const parents = ctx.missingParents.join(', ')
    add(
      'parent-missing',
      risk(
        'parent-missing',
        text('risk.parent-missing', { parents }),
        [],
        sources['parent-missing'] ?? [],
      ),
    )
  }
  return out
}
