import { ApiError, ChuhaiClient } from '@chuhai/api-client/client'

/** The one API client of the app (same origin, session cookie, CSRF token from `me()`). */
export const api = new ChuhaiClient()

/** A message for people from anything a call threw. */
export function errorText(error: unknown): string {
  if (error instanceof ApiError) {
    return error.message
  }
  return error instanceof Error ? error.message : String(error)
}
