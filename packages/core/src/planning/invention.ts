import { createError } from '../errors.js'
import { Invention } from './invention.schema.js'

/**
 * Parses an invention file's text (JSON). Throws `PLAN_INVALID_INVENTION` naming the field:
 * `priorityDate: "2025-02-30" is not a valid date (February 2025 has 28 days)`.
 * @example parseInvention('{"title":"Robot hand","priorityDate":"2025-05-20"}').title
 */
export function parseInvention(text: string): Invention {
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    throw createError('PLAN_INVALID_INVENTION', '(file)', `not valid JSON: ${detail}`)
  }
  return validateInvention(raw)
}

/** Validates an already-parsed invention object (see `parseInvention`). */
export function validateInvention(raw: unknown): Invention {
  const result = Invention.safeParse(raw)
  if (result.success) {
    return result.data
  }
  const issue = result.error.issues[0]!
  const path = issue.path.map(String).join('.') || '(root)'
  let detail = issue.message
  if (issue.code === 'unrecognized_keys') {
    detail = `unknown field(s) ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}`
  } else if (issue.code === 'invalid_type' && /received undefined/.test(issue.message)) {
    detail = 'required field missing'
  }
  throw createError('PLAN_INVALID_INVENTION', path, detail)
}
