import { existsSync } from 'node:fs'
import {
  createError,
  findNoveltyHints,
  isCalendarDate,
  noveltyHintsUnavailable,
  translateEligibilityMessage as t,
  type EligibilityLang,
  type NoveltyHintsSection,
} from '@chuhai/core'
import { databasePath } from '../db-path.js'

/** The novelty-hint flags of `chuhai check eligibility`. */
export interface HintFlags {
  readonly db?: string
  /** `--hints N`: documents to show; `0` turns the section off. */
  readonly hints: string
  readonly before?: string
}

/** Most documents `--hints` may ask for. */
const MAX_HINTS = 50

/** Checks `--hints` and `--before` (usage errors) before any work is done. */
export function parseHintFlags(flags: HintFlags): { limit: number; before?: string } {
  const limit = Number(flags.hints)
  if (!/^\d+$/u.test(flags.hints) || limit > MAX_HINTS) {
    throw createError(
      'USAGE',
      `--hints ${flags.hints}: expected a whole number from 0 to ${MAX_HINTS}`,
    )
  }
  if (flags.before !== undefined && !isCalendarDate(flags.before)) {
    throw createError('USAGE', `--before ${flags.before}: expected a date YYYY-MM-DD`)
  }
  return { limit, ...(flags.before === undefined ? {} : { before: flags.before }) }
}

/**
 * The "nearest prior art" section for `claims`, searched in the database (`--db`, `CHUHAI_DB` or
 * `./chuhai.db`), opened read-only. Without a database, an empty one or one that cannot be read,
 * the section says so in one line (the pre-check itself still succeeds). `undefined` for `--hints 0`.
 */
export async function noveltyHintsSection(
  claims: string,
  flags: HintFlags,
  lang: EligibilityLang,
): Promise<NoveltyHintsSection | undefined> {
  const { limit, before } = parseHintFlags(flags)
  if (limit === 0) {
    return undefined
  }
  const path = databasePath(flags.db)
  if (!existsSync(path)) {
    return noveltyHintsUnavailable(t('hints.no-database', lang, { path }))
  }
  // Loaded only here: the native driver is not needed for a pre-check without a database.
  const { createSqliteStore } = await import('@chuhai/store-sqlite')
  let store: ReturnType<typeof createSqliteStore>
  try {
    store = createSqliteStore({ path, readonly: true })
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    return noveltyHintsUnavailable(t('hints.database-error', lang, { path, error: message }))
  }
  try {
    if ((await store.count()) === 0) {
      return noveltyHintsUnavailable(t('hints.empty-database', lang, { path }))
    }
    return await findNoveltyHints(claims, store.noveltyHints(), {
      lang,
      limit,
      ...(before === undefined ? {} : { before }),
    })
  } finally {
    await store.close()
  }
}
