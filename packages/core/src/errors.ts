/**
 * The error catalogue of @chuhai/core (house style R13): one code per failure, a message template,
 * and `createError(code, ...)`. The CLI and the API map codes to exit codes and HTTP statuses in one place.
 */
export const ERROR_MESSAGES = {
  PARSE_MALFORMED_XML: (detail: string) => `malformed XML: ${detail}`,
  PARSE_TRUNCATED: (detail: string) => `truncated document: ${detail}`,
  PARSE_UNKNOWN_FORMAT: (detail: string) => `unknown document format: ${detail}`,
  PARSE_INVALID_ENCODING: (detail: string) => `wrong encoding: ${detail}`,
  PARSE_MISSING_FIELD: (field: string) => `required field missing: ${field}`,
  PARSE_INVALID_FIELD: (field: string, detail: string) => `invalid value in ${field}: ${detail}`,
  PARSE_INVALID_RECORD: (detail: string) => `record fails the patent model: ${detail}`,
  PARSE_FAILED: (detail: string) => `parser failed: ${detail}`,
  ZIP_CORRUPT: (detail: string) => `corrupt zip archive: ${detail}`,
  ZIP_CORRUPT_ENTRY: (entry: string, detail: string) => `corrupt zip entry ${entry}: ${detail}`,
  FILE_UNREADABLE: (detail: string) => `cannot read file: ${detail}`,
  NUMBER_INVALID: (raw: string) => `not a publication number: ${JSON.stringify(raw)}`,
  NOT_FOUND: (what: string) => `not found: ${what}`,
  ELIGIBILITY_NO_CLAIMS: (detail: string) => `no claims to check: ${detail}`,
  ELIGIBILITY_UNKNOWN_JURISDICTION: (given: string, valid: string) =>
    `unknown jurisdiction ${JSON.stringify(given)}; valid jurisdictions: ${valid}`,
  ELIGIBILITY_BAD_LINE: (line: number, detail: string) => `line ${line}: ${detail}`,
  LLM_REMOTE_REFUSED: (url: string) =>
    `refusing to send claims to the non-local LLM endpoint ${url}; set CHUHAI_LLM_ALLOW_REMOTE=1 to allow it`,
  LLM_FAILED: (detail: string) => `LLM refinement failed: ${detail}`,
  USAGE: (detail: string) => detail,
  RULE_KB_INVALID: (detail: string) => `jurisdiction knowledge base is invalid: ${detail}`,
  RULE_UNKNOWN_OFFICE: (field: string, office: string, valid: readonly string[]) =>
    `${field}: unknown office ${JSON.stringify(office)}; valid offices: ${valid.join(', ')}`,
  RULE_UNKNOWN_CURRENCY: (currency: string, valid: readonly string[]) =>
    `unknown currency ${JSON.stringify(currency)}; known: ${valid.join(', ')}`,
  RULE_INVALID_DATE: (field: string, value: string, detail: string) =>
    `${field}: ${JSON.stringify(value)} is not a valid date (${detail})`,
  RULE_NO_PCT_ROUTE: (office: string, explanation: string) =>
    `${office} has no PCT national route of its own: ${explanation}`,
  RULE_PCT_LATE_FILING: (detail: string) => `international application filed too late: ${detail}`,
  PLAN_INVALID_INVENTION: (field: string, detail: string) => `invention file: ${field}: ${detail}`,
  PLAN_INVALID_INPUT: (field: string, detail: string) => `${field}: ${detail}`,
  PLAN_DATA_INVALID: (detail: string) => `planner data is invalid: ${detail}`,
  DOCKET_UNKNOWN_MATTER: (id: string, known: readonly string[]) =>
    `unknown matter ${JSON.stringify(id)}; known matters: ${known.length > 0 ? known.join(', ') : '(none yet: add one with chuhai docket add-matter)'}`,
  DOCKET_DUPLICATE_MATTER: (id: string) => `matter ${JSON.stringify(id)} already exists`,
  DOCKET_INVALID_INPUT: (field: string, detail: string) => `${field}: ${detail}`,
  REPORT_FAILED: (detail: string) => `report failed: ${detail}`,
  QUERY_SYNTAX: (column: number, expected: string, found: string) =>
    `query syntax error at column ${column}: expected ${expected}, found ${found}`,
  SEARCH_UNSUPPORTED: (backend: string, feature: string) =>
    `search backend ${backend} does not support ${feature}`,
  SEARCH_INVALID_QUERY: (detail: string) => `invalid search: ${detail}`,
  SEARCH_BAD_LINE: (line: number, detail: string) => `line ${line}: ${detail}`,
  SEARCH_INDEX_MISSING: (detail: string) => `search index missing: ${detail}`,
} as const

export type ErrorCode = keyof typeof ERROR_MESSAGES

/** An error with a catalogue code. */
export class ChuhaiError extends Error {
  readonly code: ErrorCode

  constructor(code: ErrorCode, message: string) {
    super(message)
    this.name = 'ChuhaiError'
    this.code = code
  }
}

/** Creates a `ChuhaiError` from a catalogue code and the template's arguments. */
export function createError<C extends ErrorCode>(
  code: C,
  ...args: Parameters<(typeof ERROR_MESSAGES)[C]>
): ChuhaiError {
  const template = ERROR_MESSAGES[code] as (...a: unknown[]) => string
  return new ChuhaiError(code, template(...args))
}

/** Formats a catalogue message without throwing. */
export function errorMessage<C extends ErrorCode>(
  code: C,
  ...args: Parameters<(typeof ERROR_MESSAGES)[C]>
): string {
  const template = ERROR_MESSAGES[code] as (...a: unknown[]) => string
  return template(...args)
}
