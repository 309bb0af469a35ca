import {
  checkEligibility,
  parseInvention,
  planFiling,
  presentPlan,
  type EligibilityReport,
} from '@chuhai/core'
import type { EligibilityRequest, PlanRequest } from '@chuhai/api-client'
import type { Principal } from '../auth/principal.js'
import type { AppContext } from '../context.js'
import { audit } from './audit.js'

/**
 * Eligibility pre-check and filing plan: pure core computations, run inline for the interactive
 * pages (tens of milliseconds) and as jobs for batches. The claims are confidential: the audit
 * line records that a check ran, never the text.
 */
export class AnalysisService {
  readonly #ctx: AppContext

  constructor(ctx: AppContext) {
    this.#ctx = ctx
  }

  async eligibility(p: Principal, r: EligibilityRequest): Promise<EligibilityReport> {
    const report = checkEligibility({
      claims: r.claims,
      ...(r.jurisdictions ? { jurisdictions: r.jurisdictions } : {}),
      lang: r.lang ?? 'en',
      ...(r.description ? { description: r.description } : {}),
    })
    await audit(this.#ctx, p, 'run', 'eligibility', null, (r.jurisdictions ?? []).join(','))
    return report
  }

  async plan(p: Principal, r: PlanRequest): Promise<object> {
    const invention = parseInvention(JSON.stringify(r.invention))
    const plan = await planFiling(invention, {
      ...(r.markets && r.markets.length > 0
        ? { markets: r.markets.map((m) => m.toUpperCase()) }
        : {}),
      ...(r.currency ? { currency: r.currency.toUpperCase() } : {}),
      ...(r.weights ? { weights: r.weights } : {}),
    })
    await audit(this.#ctx, p, 'run', 'plan', null, invention.title)
    return presentPlan(plan)
  }
}
