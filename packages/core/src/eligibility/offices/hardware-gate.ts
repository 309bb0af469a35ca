import type { AssessContext, RiskFinding } from '../assessment.js'
import { evidence, signalsOf, words, type Signals } from '../signals.js'
import type { SourceId } from '../sources.js'
import type { Evidence, Verdict } from '../types.js'
import { commonRisks, type CommonRisk } from './common-risks.js'
import { decide, type Thresholds } from './office-kit.js'
import {
  anyHardware,
  technicalBalance,
  type BalanceWeights,
  type TechnicalBalance,
} from './technical-balance.js'

/** The rule-pack facts an "any hardware, then technical contribution" test reads. */
export interface HardwareGateRules {
  readonly risks: Readonly<Partial<Record<CommonRisk, readonly SourceId[]>>>
  readonly balance: BalanceWeights
  readonly thresholds: Thresholds
}

/** What the EPO-style two-hurdle test found, shared by the EP and UK rule packs. */
export interface HardwareGate {
  readonly signals: Signals
  readonly risks: RiskFinding[]
  readonly balance: TechnicalBalance
  /** The claim names hardware, or is an apparatus, system or medium claim. */
  readonly hardware: boolean
  readonly verdict: Verdict
  /** Claim words of the technical means (first hurdle's evidence). */
  readonly means: Evidence[]
  /** Message parameters: technical terms, counter terms, generic computer terms. */
  readonly params: { terms: string[]; counter: string[]; generic: string[] }
}

/**
 * The first hurdle (any hardware: the claim is not excluded "as such") and the balance of
 * technical against non-technical contribution that decides the verdict when it is passed.
 */
export function hardwareGate(ctx: AssessContext, rules: HardwareGateRules): HardwareGate {
  const f = ctx.features
  const signals = signalsOf(f)
  const balance = technicalBalance(f, signals, rules.balance)
  const hardware =
    anyHardware(signals) || ['apparatus', 'system', 'medium'].includes(ctx.claim.category)
  return {
    signals,
    risks: commonRisks(ctx, signals, rules.risks),
    balance,
    hardware,
    verdict: hardware ? decide(balance.margin, rules.thresholds) : 'ineligible',
    means: evidence(
      f,
      ['generic-computer', 'specific-hardware', 'technical-processing', 'physical-input'],
      5,
    ),
    params: {
      terms: words(balance.plus),
      counter: words(balance.minus),
      generic: words(balance.generic),
    },
  }
}
