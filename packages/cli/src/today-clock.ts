import { createError, dateProblem, type Clock } from '@chuhai/core'

/** A clock fixed at noon UTC of `--today`, or `undefined` (the system clock) without the flag. */
export function clockForToday(today: string | undefined, flag = '--today'): Clock | undefined {
  if (today === undefined) {
    return undefined
  }
  const problem = dateProblem(today)
  if (problem) {
    throw createError('RULE_INVALID_DATE', flag, today, problem)
  }
  const ms = Date.parse(`${today}T12:00:00Z`)
  return { now: () => ms }
}
