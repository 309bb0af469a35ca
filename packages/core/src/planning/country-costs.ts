import { addMonths, addYears, type CalendarDate } from '../rules/deadlines/calendar-date.js'
import type { KnowledgeBase } from '../rules/jurisdictions/knowledge-base.js'
import { isOfficeCode } from '../rules/jurisdictions/office-codes.js'
import { annuityPayments, annuitySchedule, type AnnuityWindow } from './annuity-schedule.js'
import type { FeeBook } from './fee-lookup.js'
import type { Converter, CostCategory, CostLine } from './money.js'

/** What the cost model needs: data, conversion, the document's size and language. */
export interface CostContext {
  readonly kb: KnowledgeBase
  readonly fees: FeeBook
  readonly convert: Converter
  /** Language of the first filing (`zh`). */
  readonly language: string
  readonly words: number
  readonly claimWords: number
  readonly warn: (message: string) => void
}

/** The dates a country's costs fall on. */
export interface CountryDates {
  /** National filing or national-phase entry. */
  readonly entry: CalendarDate
  /** Filing date the term and annuities count from. */
  readonly termStart: CalendarDate
  /** Estimated grant. */
  readonly grant: CalendarDate
  readonly expiry: CalendarDate
}

/** The language an office needs a translation into, or `undefined` when none is needed. */
export function targetLanguage(ctx: CostContext, office: string): string | undefined {
  const langs = isOfficeCode(office) ? ctx.kb.office(office).languages.value : []
  if (langs.length === 0 || langs.includes(ctx.language)) {
    return undefined
  }
  return langs.includes('en') ? 'en' : langs[0]
}

/** A translation of `words` words into `lang`, or nothing (with a warning) without a rate. */
export function translationLine(
  ctx: CostContext,
  office: string,
  lang: string,
  words: number,
  date: CalendarDate,
  what: string,
): CostLine[] {
  const rate = ctx.fees.rate(lang)
  if (!rate) {
    ctx.warn(`${office}: no translation rate for ${lang}; translation cost left out`)
    return []
  }
  const label = `${what}: ${words.toLocaleString('en')} words into ${lang}`
  const line = ctx.convert.line(rate, {
    office,
    category: 'translation',
    date,
    factor: words,
    label,
  })
  return [line]
}

function feeLine(
  ctx: CostContext,
  office: string,
  item: string,
  category: CostCategory,
  date: CalendarDate,
  extra: { factor?: number; estimated?: boolean; label?: string } = {},
): CostLine[] {
  const fee = ctx.fees.fee(office, item)
  return fee && (extra.factor ?? 1) > 0
    ? [ctx.convert.line(fee, { office, category, date, ...extra })]
    : []
}

/** Annuity cost lines of an office or EP state between grant and expiry (and before, by rule). */
export function annuityLines(
  ctx: CostContext,
  office: string,
  dates: CountryDates,
  window: AnnuityWindow = 'both',
): CostLine[] {
  const schedule = annuitySchedule(ctx.kb, ctx.fees.data, office, window)
  if (!schedule) {
    ctx.warn(`${office}: no annuity figures in the knowledge base or planner data`)
    return []
  }
  return annuityPayments(schedule, dates.termStart, dates.grant, dates.expiry).map((p) =>
    ctx.convert.line(p.money, { office, category: 'annuity', date: p.date, estimated: true }),
  )
}

/** The estimated grant: pendency after the filing date, at least a year after entry. */
export function estimateGrant(
  ctx: CostContext,
  office: string,
  termStart: CalendarDate,
  entry: CalendarDate,
): CalendarDate {
  const years = ctx.fees.office(office)?.pendencyYears.value ?? 4
  const byPendency = addMonths(termStart, Math.round(years * 12))
  const floor = addMonths(entry, 12)
  return byPendency > floor ? byPendency : floor
}

/** Dates of a country from its entry and term start. */
export function countryDates(
  ctx: CostContext,
  office: string,
  entry: CalendarDate,
  termStart: CalendarDate,
): CountryDates {
  const years = isOfficeCode(office) ? (ctx.kb.office(office).term.value.years ?? 20) : 20
  const grant = estimateGrant(ctx, office, termStart, entry)
  return { entry, termStart, grant, expiry: addYears(termStart, years) }
}

/**
 * The national (or EPO) costs of one office over its life: filing or entry, translation,
 * office actions, grant and annuities. EP post-grant costs are added by `epPostGrantLines`.
 */
export function nationalLines(ctx: CostContext, office: string, dates: CountryDates): CostLine[] {
  const costs = ctx.fees.office(office)
  if (!costs) {
    ctx.warn(`${office}: no cost data; only annuities from the knowledge base are counted`)
  }
  const lang = targetLanguage(ctx, office)
  const actions = costs?.officeActions.value ?? 0
  const midway = addMonths(dates.entry, Math.max(1, Math.round(monthsBetween(dates) / 2)))
  const estimated = { estimated: true }
  const ep = office === 'EP'
  return [
    ...feeLine(ctx, office, 'official_filing', 'official', dates.entry),
    ...feeLine(ctx, office, 'attorney_filing', 'attorney', dates.entry),
    ...(lang ? translationLine(ctx, office, lang, ctx.words, dates.entry, 'Translation') : []),
    ...feeLine(ctx, office, 'attorney_office_action', 'attorney', midway, {
      factor: actions,
      estimated: true,
      label: `Office-action responses (${actions} expected)`,
    }),
    ...feeLine(ctx, office, 'official_grant', 'official', dates.grant, estimated),
    ...feeLine(ctx, office, 'attorney_grant', 'attorney', dates.grant, estimated),
    ...annuityLines(ctx, office, dates, ep ? 'pending' : 'both'),
  ]
}

function monthsBetween(d: CountryDates): number {
  const [a, b] = [d.entry, d.grant].map((x) => Number(x.slice(0, 4)) * 12 + Number(x.slice(5, 7)))
  return b! - a!
}
