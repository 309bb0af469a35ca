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
  MONITOR_ALIASES_INVALID: (file: string, detail: string) =>
    `applicant aliases ${file} are invalid: ${detail}`,
  MONITOR_INVALID_WATCH: (field: string, detail: string) => `watch: ${field}: ${detail}`,
  MONITOR_UNKNOWN_WATCH: (name: string, known: readonly string[]) =>
    `unknown watch ${JSON.stringify(name)}; known watches: ${known.length > 0 ? known.join(', ') : '(none yet: add one with chuhai watch add)'}`,
  MONITOR_DUPLICATE_WATCH: (name: string) => `watch ${JSON.stringify(name)} already exists`,
  MONITOR_INVALID_CRON: (expression: string, detail: string) =>
    `invalid cron expression ${JSON.stringify(expression)}: ${detail}`,
  MONITOR_DELIVERY_FAILED: (channel: string, detail: string) =>
    `delivery to ${channel} failed: ${detail}`,
  POLICY_SOURCES_INVALID: (file: string, detail: string) =>
    `policy sources ${file} are invalid: ${detail}`,
  POLICY_FEED_MALFORMED: (source: string, detail: string) =>
    `policy source ${source}: unreadable response: ${detail}`,
  POLICY_FETCH_FAILED: (source: string, detail: string) =>
    `policy source ${source}: fetch failed: ${detail}`,
  REPORT_FAILED: (detail: string) => `report failed: ${detail}`,
  CONNECTOR_CONFIG_INVALID: (source: string, detail: string) =>
    `connector configuration ${source}: ${detail}`,
  CONNECTOR_CREDENTIALS_MISSING: (service: string, variables: readonly string[]) =>
    `${service}: no credentials; set ${variables.join(' and ')} (environment or chuhai.config.json, see docs/configuration.md)`,
  CONNECTOR_CREDENTIALS_REJECTED: (
    service: string,
    status: number,
    variables: readonly string[],
    detail: string,
  ) =>
    `${service} rejected the credentials (HTTP ${status}${detail ? `: ${detail}` : ''}); check ${variables.join(' and ')}`,
  CONNECTOR_RATE_LIMITED: (service: string, detail: string) =>
    `${service} is throttling requests: ${detail}`,
  CONNECTOR_QUOTA_EXHAUSTED: (service: string, detail: string) =>
    `${service} quota exhausted: ${detail}`,
  CONNECTOR_UNAVAILABLE: (service: string, detail: string) =>
    `${service} is unavailable: ${detail}; run the command again later (completed items are cached)`,
  CONNECTOR_HTTP_FAILED: (service: string, url: string, detail: string) =>
    `${service} ${url}: ${detail}`,
  CONNECTOR_NOT_FOUND: (service: string, what: string) => `${service}: not found: ${what}`,
  CONNECTOR_MALFORMED_RESPONSE: (service: string, url: string, detail: string) =>
    `${service} sent an unexpected response for ${url}: ${detail}; nothing was written`,
  CONNECTOR_DOWNLOAD_MISMATCH: (file: string, detail: string) =>
    `download of ${file} failed its check: ${detail}; the partial file is kept for a retry`,
  CLAIMS_NO_TEXT: (source: string) => `no claims in ${source}`,
  FTO_INVALID_INPUT: (field: string, detail: string) => `${field}: ${detail}`,
  FTO_UNKNOWN_COUNTRY: (given: string, valid: readonly string[]) =>
    `unknown country ${JSON.stringify(given)}; valid countries: ${valid.join(', ')}`,
  FTO_NO_CLAIMS: (id: string) =>
    `${id} has no claims in the database; ingest a full-text version of it (claims are needed for a chart)`,
  CLIR_GLOSSARY_INVALID: (source: string, line: number, detail: string) =>
    `${source}:${line}: ${detail}`,
  CLIR_UNSUPPORTED_LANGUAGE: (language: string, known: readonly string[]) =>
    `no query translation for language ${JSON.stringify(language)}; supported: ${known.join(', ')}`,
  EMBEDDING_FAILED: (detail: string) => `embedding failed: ${detail}`,
  QUERY_SYNTAX: (column: number, expected: string, found: string) =>
    `query syntax error at column ${column}: expected ${expected}, found ${found}`,
  SEARCH_UNSUPPORTED: (backend: string, feature: string) =>
    `search backend ${backend} does not support ${feature}`,
  SEARCH_INVALID_QUERY: (detail: string) => `invalid search: ${detail}`,
  SEARCH_BAD_LINE: (line: number, detail: string) => `line ${line}: ${detail}`,
  SEARCH_INDEX_MISSING: (detail: string) => `search index missing: ${detail}`,
  SEARCH_INDEX_CORRUPT: (file: string, detail: string) =>
    `search index file ${file} is unusable (${detail}); rebuild it: chuhai search --refresh`,
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
