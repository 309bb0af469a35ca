import { formatSource, weakestStatus } from '../rules/jurisdictions/fact.js'
import type { KnowledgeBase } from '../rules/jurisdictions/knowledge-base.js'
import type { OfficeCode } from '../rules/jurisdictions/office-codes.js'
import type { IndicatorFile } from './data.schema.js'
import type { OverrideValue } from './invention.schema.js'
import type { FactorScore } from './plan.types.js'

/** A factor's raw value before normalisation. */
export type RawFactor = Omit<FactorScore, 'score' | 'factor'>

/** The states a regional office's indicator is summed over (EP: the chosen states; EA: members). */
export function regionStates(
  kb: KnowledgeBase,
  office: OfficeCode,
  epStates: readonly string[],
): readonly string[] | undefined {
  if (office === 'EP') {
    return epStates
  }
  if (office === 'EA') {
    return kb.office('EA').states.members?.value
  }
  return undefined
}

/** A user override as a raw factor (unverified unless the user says otherwise). */
export function overrideFactor(o: OverrideValue, unit: string): RawFactor {
  const [value, source, status] =
    typeof o === 'number' ? [o, undefined, undefined] : [o.value, o.source, o.status]
  return {
    value,
    unit,
    status: status ?? 'unverified',
    source: source ?? 'user override in the invention file',
    origin: 'user',
  }
}

/**
 * A country's value of an indicator file. Regional offices sum their states (with UPC suits
 * for EP litigation, file key `UP`); missing data gives `value: undefined`.
 */
export function indicatorFactor(
  file: IndicatorFile,
  kb: KnowledgeBase,
  office: OfficeCode,
  epStates: readonly string[],
): RawFactor {
  const states = regionStates(kb, office, epStates)
  const keys = states ? [...states, ...(office === 'EP' ? ['UP'] : [])] : [office]
  const found = keys.flatMap((k) => (file.values[k] ? [[k, file.values[k]] as const] : []))
  if (found.length === 0) {
    return {
      value: undefined,
      unit: file.unit,
      status: 'unverified',
      source: 'no data',
      origin: 'data',
    }
  }
  const value = found.reduce((sum, [, v]) => sum + v.value, 0)
  const sources = [...new Set(found.map(([, v]) => formatSource(v.source)))].join(' | ')
  const summed = states ? `sum over ${found.map(([k]) => k).join(', ')}: ` : ''
  return {
    value,
    unit: file.unit,
    status: weakestStatus(found.map(([, v]) => v.status)),
    source: `${summed}${sources}`,
    year: found.map(([, v]) => v.year).sort()[0],
    origin: 'data',
  }
}
