import { addMonths } from '../rules/deadlines/calendar-date.js'
import {
  annuityLines,
  translationLine,
  type CostContext,
  type CountryDates,
} from './country-costs.js'
import type { CostLine } from './money.js'

/** How a European patent is kept after grant: national validations, or the Unitary Patent. */
export type EpMode = 'classic' | 'unitary'

/** Post-grant costs of one EP mode, with the states it protects. */
export interface EpPostGrant {
  readonly mode: EpMode
  readonly lines: readonly CostLine[]
  /** States protected: the validated states, plus every UP state in unitary mode. */
  readonly covered: readonly string[]
  /** Chosen states validated the classic way (all of them in classic mode). */
  readonly classicStates: readonly string[]
}

function monthsOf(value: unknown, fallback: number): number {
  const months = (value as { months?: unknown } | undefined)?.months
  return typeof months === 'number' ? months : fallback
}

function stateLines(ctx: CostContext, state: string, dates: CountryDates): CostLine[] {
  const ep = ctx.kb.office('EP')
  const validation = addMonths(dates.grant, monthsOf(ep.other.validation_period?.value, 3))
  const lang = ctx.fees.data.costs.ep.states[state]?.language
  if (!lang) {
    ctx.warn(`EP state ${state}: no validation data; its costs are left out`)
    return []
  }
  const noTranslation = ep.states.london_no_translation?.value.includes(state) ?? false
  const claimsOnly = ep.states.london_claims_only?.value.includes(state) ?? false
  const words = noTranslation || lang === 'en' ? 0 : claimsOnly ? ctx.claimWords : ctx.words
  const what = claimsOnly ? `Validation ${state}: claims` : `Validation ${state}: full text`
  const fee = (item: string): CostLine[] => {
    const money = ctx.fees.stateFee(state, item)
    return money
      ? [ctx.convert.line(money, { office: state, category: 'validation', date: validation })]
      : []
  }
  return [
    ...(words > 0 ? translationLine(ctx, state, lang, words, validation, what) : []),
    ...fee('validation_official'),
    ...fee('attorney_validation'),
    ...annuityLines(ctx, state, dates, 'granted'),
  ].map((l) => ({ ...l, estimated: true }))
}

/** Claims translated into the two other EPO languages before grant (EPC Rule 71(3)). */
function claimsTranslations(ctx: CostContext, dates: CountryDates): CostLine[] {
  const date = addMonths(dates.grant, -4)
  return ['de', 'fr']
    .filter((lang) => lang !== ctx.language)
    .flatMap((lang) =>
      translationLine(ctx, 'EP', lang, ctx.claimWords, date, 'Claims for grant (Rule 71(3))'),
    )
    .map((l) => ({ ...l, estimated: true }))
}

/**
 * EP costs after grant in one mode for the chosen states: classic = each state validated and
 * renewed nationally; unitary = the Unitary Patent (transitional translation, one renewal fee)
 * plus classic validation of the chosen states outside the UP.
 */
export function epPostGrantLines(
  ctx: CostContext,
  mode: EpMode,
  states: readonly string[],
  dates: CountryDates,
): EpPostGrant {
  const common = claimsTranslations(ctx, dates)
  if (mode === 'classic') {
    return {
      mode,
      lines: [...common, ...states.flatMap((s) => stateLines(ctx, s, dates))],
      covered: states,
      classicStates: states,
    }
  }
  const up = ctx.kb.office('UP')
  const participating = up.states.participating?.value ?? []
  const outside = states.filter((s) => !participating.includes(s))
  const request = addMonths(dates.grant, monthsOf(up.other.unitary_effect_request?.value, 1))
  const lang = ctx.fees.data.costs.ep.upTranslationLanguage
  const upLines = [
    ...translationLine(
      ctx,
      'UP',
      lang,
      ctx.words,
      request,
      'Unitary Patent transitional translation',
    ),
    ...annuityLines(ctx, 'UP', dates, 'granted'),
  ].map((l) => ({ ...l, estimated: true }))
  return {
    mode,
    lines: [...common, ...upLines, ...outside.flatMap((s) => stateLines(ctx, s, dates))],
    covered: [...new Set([...participating, ...outside])].sort(),
    classicStates: outside,
  }
}
