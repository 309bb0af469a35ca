import { CronExpressionParser } from 'cron-parser'
import { createError } from '../../errors.js'

/** Throws `MONITOR_INVALID_CRON` unless `expression` is a valid cron expression in `timezone`. */
export function validateCron(expression: string, timezone = 'UTC'): void {
  try {
    CronExpressionParser.parse(expression, { tz: timezone })
  } catch (error) {
    throw createError(
      'MONITOR_INVALID_CRON',
      expression,
      error instanceof Error ? error.message : String(error),
    )
  }
}

/** The first time strictly after `after` (ms since the epoch) that the expression fires. */
export function nextRunAfter(expression: string, after: number, timezone = 'UTC'): number {
  const cron = CronExpressionParser.parse(expression, {
    tz: timezone,
    currentDate: new Date(after),
  })
  return cron.next().getTime()
}

/**
 * Whether a watch is due at `now`: it never ran, or the expression fired between its last run
 * and `now` (a missed slot while the machine was down counts once, not once per slot).
 */
export function isDue(
  expression: string,
  lastRun: number | undefined,
  now: number,
  timezone = 'UTC',
): boolean {
  return lastRun === undefined || nextRunAfter(expression, lastRun, timezone) <= now
}
