import type { AssessContext, StepFinding } from '../assessment.js'
import { evidence, weigh, words, type Signals } from '../signals.js'
import type { SourceId } from '../sources.js'
import type { FeatureCategory, Verdict } from '../types.js'
import { decide, outcomeOf, step, text } from './office-kit.js'

/**
 * Weights of the Japanese and Korean "law of nature" tests: a claim is statutory either on its
 * physical or technical means as a whole, or, when it is software-related, because hardware
 * resources concretely carry out its information processing.
 */
export interface NatureLawWeights {
  /** Physical and technical means that make the claim as a whole use a law of nature. */
  readonly natural: Readonly<Partial<Record<FeatureCategory, number>>>
  /** Artificial arrangements, mathematics and mental activity. */
  readonly artificial: Readonly<Partial<Record<FeatureCategory, number>>>
  /** Hardware resources that can carry out software processing. */
  readonly hardware: Readonly<Partial<Record<FeatureCategory, number>>>
  /** Natural strength at which the claim is statutory as a whole. */
  readonly naturalFrom: number
  /** Hardware strength at which software processing counts as concretely realised. */
  readonly hardwareFrom: number
  /** Per unit of artificial strength above the hardware strength, taken off the hardware margin. */
  readonly nominalPenalty: number
  readonly thresholds: { readonly eligibleAt: number; readonly ineligibleBelow: number }
}

/** The verdict, margin and steps of a law-of-nature test. */
export interface NatureLawResult {
  readonly verdict: Verdict
  readonly margin: number
  readonly steps: readonly StepFinding[]
}

/** Runs the two-step law-of-nature test with one office's weights, step ids and sources. */
export function natureLawTest(
  ctx: AssessContext,
  s: Signals,
  w: NatureLawWeights,
  ids: { readonly art2: string; readonly hardware: string },
  sources: { readonly art2: readonly SourceId[]; readonly hardware: readonly SourceId[] },
): NatureLawResult {
  const f = ctx.features
  const natural = weigh(s.all, w.natural)
  const artificial = weigh(s.all, w.artificial)
  // Hardware named only in the preamble ("A computer-implemented method") carries out nothing.
  const hardware = weigh(s.body, w.hardware)
  const plus = evidence(f, Object.keys(w.natural) as FeatureCategory[], 6)
  const minus = evidence(f, Object.keys(w.artificial) as FeatureCategory[], 6)
  const machines = evidence(f, Object.keys(w.hardware) as FeatureCategory[], 6).filter((e) =>
    f.matches.some((m) => !m.inPreamble && m.text === e.text),
  )
  if (natural >= w.naturalFrom && natural >= artificial) {
    return {
      verdict: 'eligible',
      margin: natural - w.naturalFrom,
      steps: [
        step(
          ids.art2,
          'pass',
          text('nature.technical', { terms: words(plus) }),
          plus,
          sources.art2,
        ),
        step(ids.hardware, 'not-reached', text('hw.not-reached'), [], sources.hardware),
      ],
    }
  }
  const nominal = Math.max(0, artificial - hardware) * w.nominalPenalty
  const margin = hardware - w.hardwareFrom - nominal
  const verdict = decide(margin, w.thresholds)
  const software = hardware > 0
  const first = software
    ? step(ids.art2, 'uncertain', text('nature.software'), machines, sources.art2)
    : step(
        ids.art2,
        'fail',
        text('nature.artificial', { counter: words(minus) }),
        minus,
        sources.art2,
      )
  const key = verdict === 'eligible' ? 'hw.pass' : software ? 'hw.nominal' : 'hw.fail'
  const params = { terms: words(machines), counter: words(minus) }
  return {
    verdict,
    margin,
    steps: [
      first,
      step(
        ids.hardware,
        outcomeOf(verdict),
        text(key, params),
        software ? machines : minus,
        sources.hardware,
      ),
    ],
  }
}
