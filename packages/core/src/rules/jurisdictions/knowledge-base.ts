import type { z } from 'zod'
import { createError } from '../../errors.js'
import { OFFICE_CODES, type OfficeCode } from './office-codes.js'
import { RAW_KNOWLEDGE_BASE } from './raw-data.js'
import { CurrencyTable, Manifest, OfficeFile } from './schema.js'

/** The validated jurisdiction knowledge base: one `OfficeFile` per office, a rules version, rates. */
export interface KnowledgeBase {
  /** Version of the rule set, stored with every computed deadline (e.g. `2026.11.0`). */
  readonly rulesVersion: string
  readonly manifest: Manifest
  readonly currencies: CurrencyTable
  /** Every office, in `OFFICE_CODES` order. */
  readonly offices: readonly OfficeFile[]
  /** The office's facts; every `OfficeCode` has one (checked when the base is created). */
  office(code: OfficeCode): OfficeFile
}

/** Raw (unvalidated) knowledge-base files, as read from JSON. */
export interface RawKnowledgeBase {
  readonly manifest: unknown
  readonly currencies: unknown
  readonly offices: readonly unknown[]
}

function parseOrThrow<T>(what: string, schema: z.ZodType<T>, raw: unknown): T {
  const result = schema.safeParse(raw)
  if (!result.success) {
    const issue = result.error.issues[0]
    const path = issue ? issue.path.map(String).join('.') : ''
    throw createError('RULE_KB_INVALID', `${what}: ${path} ${issue?.message ?? 'invalid'}`)
  }
  return result.data
}

/**
 * Validates raw files and builds a knowledge base. Throws `RULE_KB_INVALID` naming the file and
 * the field when a file breaks the schema, or when an office has no file or two.
 */
export function createKnowledgeBase(raw: RawKnowledgeBase): KnowledgeBase {
  const manifest = parseOrThrow('manifest.json', Manifest, raw.manifest)
  const currencies = parseOrThrow('currencies.json', CurrencyTable, raw.currencies)
  const byCode = new Map<OfficeCode, OfficeFile>()
  raw.offices.forEach((file, i) => {
    const office = parseOrThrow(`office file #${i + 1}`, OfficeFile, file)
    if (byCode.has(office.office)) {
      throw createError('RULE_KB_INVALID', `two files for office ${office.office}`)
    }
    byCode.set(office.office, office)
  })
  const missing = OFFICE_CODES.filter((c) => !byCode.has(c))
  if (missing.length > 0) {
    throw createError('RULE_KB_INVALID', `no file for ${missing.join(', ')}`)
  }
  const offices = OFFICE_CODES.map((c) => byCode.get(c)!)
  return {
    rulesVersion: manifest.rulesVersion,
    manifest,
    currencies,
    offices,
    office: (code) => byCode.get(code)!,
  }
}

let builtIn: KnowledgeBase | undefined

/** The knowledge base shipped in `rules/jurisdictions/data/`, validated once and cached. */
export function loadKnowledgeBase(): KnowledgeBase {
  builtIn ??= createKnowledgeBase(RAW_KNOWLEDGE_BASE)
  return builtIn
}
