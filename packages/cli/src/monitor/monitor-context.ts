import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import {
  ApplicantResolver,
  createError,
  defaultAliases,
  mergeAliases,
  parseAliases,
} from '@chuhai/core/monitor'
import { createSqliteMonitorStore, type SqliteMonitorStore } from '@chuhai/store-sqlite'
import { databasePath } from '../db-path.js'

/**
 * The applicant resolver: the shipped aliases, merged with `--aliases FILE` or `CHUHAI_ALIASES`
 * (a JSON file of the same shape) when given.
 */
export function loadResolver(option: string | undefined): ApplicantResolver {
  const file = option ?? process.env.CHUHAI_ALIASES
  const base = defaultAliases()
  if (file === undefined || file === '') {
    return new ApplicantResolver(base)
  }
  const path = resolve(file)
  let raw: unknown
  try {
    raw = JSON.parse(readFileSync(path, 'utf8')) as unknown
  } catch (error) {
    throw createError(
      'MONITOR_ALIASES_INVALID',
      path,
      error instanceof Error ? error.message : String(error),
    )
  }
  return new ApplicantResolver(mergeAliases(base, parseAliases(raw, path)))
}

/** Opens the monitoring tables of the database (created and migrated when new). */
export function openMonitor(option: string | undefined): SqliteMonitorStore {
  return createSqliteMonitorStore({ path: databasePath(option) })
}

/** The instant to use as "now": `--now` (ISO date or instant) or the system clock. */
export function nowFrom(option: string | undefined): number {
  if (option === undefined) {
    return Date.now()
  }
  const ms = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(option) ? `${option}T12:00:00Z` : option)
  if (Number.isNaN(ms)) {
    throw createError('USAGE', `--now: ${JSON.stringify(option)} is not a date or an ISO instant`)
  }
  return ms
}

/** Comma- or space-separated list, upper-cased when `upper`. */
export function listOption(value: string | undefined, upper = false): string[] {
  if (value === undefined) {
    return []
  }
  return value
    .split(/[,\s]+/)
    .map((v) => (upper ? v.trim().toUpperCase() : v.trim()))
    .filter((v) => v !== '')
}

/** SMTP settings from `CHUHAI_SMTP_URL` / `CHUHAI_SMTP_FROM`, or `undefined`. */
export function smtpFromEnv(): { url: string; from?: string } | undefined {
  const url = process.env.CHUHAI_SMTP_URL
  if (!url) {
    return undefined
  }
  const from = process.env.CHUHAI_SMTP_FROM
  return from ? { url, from } : { url }
}

/** Prints JSON with a trailing newline. */
export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`)
}
