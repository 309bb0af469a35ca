import type { z } from 'zod'
import { createError } from '../errors.js'
import costs from './data/costs.json' with { type: 'json' }
import litigation from './data/litigation.json' with { type: 'json' }
import marketSize from './data/market-size.json' with { type: 'json' }
import translationRates from './data/translation-rates.json' with { type: 'json' }
import { CostsFile, IndicatorFile, TranslationRatesFile } from './data.schema.js'

/** The planner's dated data (`planning/data/*.json`), validated. */
export interface PlanningData {
  readonly marketSize: IndicatorFile
  readonly litigation: IndicatorFile
  readonly costs: CostsFile
  readonly translationRates: TranslationRatesFile
}

/** Raw (unvalidated) planner data files, as read from JSON. */
export interface RawPlanningData {
  readonly marketSize: unknown
  readonly litigation: unknown
  readonly costs: unknown
  readonly translationRates: unknown
}

/** The data files shipped in `planning/data/`. */
export const RAW_PLANNING_DATA: RawPlanningData = {
  marketSize,
  litigation,
  costs,
  translationRates,
}

function parse<T>(file: string, schema: z.ZodType<T>, raw: unknown): T {
  const result = schema.safeParse(raw)
  if (!result.success) {
    const issue = result.error.issues[0]
    const path = issue ? issue.path.map(String).join('.') : ''
    throw createError('PLAN_DATA_INVALID', `${file}: ${path} ${issue?.message ?? 'invalid'}`)
  }
  return result.data
}

/** Validates raw planner data; throws `PLAN_DATA_INVALID` naming the file and field. */
export function createPlanningData(raw: RawPlanningData): PlanningData {
  return {
    marketSize: parse('market-size.json', IndicatorFile, raw.marketSize),
    litigation: parse('litigation.json', IndicatorFile, raw.litigation),
    costs: parse('costs.json', CostsFile, raw.costs),
    translationRates: parse('translation-rates.json', TranslationRatesFile, raw.translationRates),
  }
}

let builtIn: PlanningData | undefined

/** The planner data shipped with core, validated once and cached. */
export function loadPlanningData(): PlanningData {
  builtIn ??= createPlanningData(RAW_PLANNING_DATA)
  return builtIn
}
