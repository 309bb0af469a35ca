import { z } from 'zod'
import { AsOfDate, FactSource, FactStatus, MoneyFact } from '../rules/jurisdictions/fact.js'

const Country = z.string().regex(/^[A-Z]{2}$/)

/** One country's value of an indicator (market size, litigation), dated, with source and status. */
export const IndicatorValue = z
  .object({
    value: z.number().nonnegative(),
    /** The year (or date) the value describes. */
    year: AsOfDate,
    source: FactSource,
    status: FactStatus,
    note: z.string().optional(),
  })
  .strict()
export type IndicatorValue = z.infer<typeof IndicatorValue>

/** A file of one indicator for many countries (`market-size.json`, `litigation.json`). */
export const IndicatorFile = z
  .object({
    indicator: z.string().min(3),
    unit: z.string().min(1),
    values: z.record(Country, IndicatorValue),
  })
  .strict()
export type IndicatorFile = z.infer<typeof IndicatorFile>

/** A planning number (years to grant, expected office actions) with its source and status. */
export const NumberFact = z
  .object({
    value: z.number().nonnegative(),
    source: FactSource,
    status: FactStatus,
    note: z.string().optional(),
  })
  .strict()
export type NumberFact = z.infer<typeof NumberFact>

/** Annual fees for patent years `firstYear`, `firstYear + 1`, … in one currency. */
export const AnnuityTable = z
  .object({
    currency: z.string().regex(/^[A-Z]{3}$/),
    asOf: AsOfDate,
    firstYear: z.number().int().min(1).max(20),
    amounts: z.array(z.number().nonnegative()).min(1).max(20),
    source: FactSource,
    status: FactStatus,
    note: z.string().optional(),
  })
  .strict()
export type AnnuityTable = z.infer<typeof AnnuityTable>

/**
 * How an office charges annuities for the years before grant: `due` (paid while pending),
 * `not_due` (none while pending: only from the year of grant), `at_grant` (arrears paid at grant).
 */
export const BeforeGrant = z.enum(['due', 'not_due', 'at_grant'])
export type BeforeGrant = z.infer<typeof BeforeGrant>

/** Cost data of one office: fee items (`official_filing` …), pendency, office actions, annuities. */
export const OfficeCosts = z
  .object({
    pendencyYears: NumberFact,
    officeActions: NumberFact,
    beforeGrant: BeforeGrant,
    fees: z.array(MoneyFact),
    /** Where the knowledge base has no annuity fees for the office. */
    annuities: AnnuityTable.optional(),
    note: z.string().optional(),
  })
  .strict()
export type OfficeCosts = z.infer<typeof OfficeCosts>

/** An EP validation state: its language, validation fees, and renewal fees after grant. */
export const EpStateCosts = z
  .object({
    language: z.string().min(2),
    fees: z.array(MoneyFact),
    /** Default is the state's `offices` entry where it has one. */
    annuities: AnnuityTable.optional(),
  })
  .strict()
export type EpStateCosts = z.infer<typeof EpStateCosts>

/** `costs.json`: offices, the PCT international phase, and the EP validation states. */
export const CostsFile = z
  .object({
    asOf: AsOfDate,
    note: z.string().optional(),
    offices: z.record(Country, OfficeCosts),
    pct: z.object({ fees: z.array(MoneyFact) }).strict(),
    ep: z
      .object({
        defaultStates: z.array(Country).min(1),
        /** Language of the transitional full translation of a Unitary Patent. */
        upTranslationLanguage: z.string().min(2),
        states: z.record(Country, EpStateCosts),
      })
      .strict(),
  })
  .strict()
export type CostsFile = z.infer<typeof CostsFile>

/** `translation-rates.json`: one money fact per target language, item `translation_<lang>`. */
export const TranslationRatesFile = z
  .object({ note: z.string().optional(), rates: z.array(MoneyFact).min(1) })
  .strict()
export type TranslationRatesFile = z.infer<typeof TranslationRatesFile>
