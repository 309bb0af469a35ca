import { ChuhaiError, type ErrorCode } from '@chuhai/core/ingest'

/** Exit codes of `chuhai`: 0 success, 1 failure, 2 usage error, 3 not found. */
export const EXIT = { ok: 0, failure: 1, usage: 2, notFound: 3 } as const

const BY_CODE: Partial<Record<ErrorCode, number>> = {
  NOT_FOUND: EXIT.notFound,
  NUMBER_INVALID: EXIT.usage,
  USAGE: EXIT.usage,
  ELIGIBILITY_NO_CLAIMS: EXIT.usage,
  ELIGIBILITY_UNKNOWN_JURISDICTION: EXIT.usage,
  ELIGIBILITY_BAD_LINE: EXIT.usage,
  LLM_REMOTE_REFUSED: EXIT.usage,
  RULE_INVALID_DATE: EXIT.usage,
  RULE_UNKNOWN_OFFICE: EXIT.usage,
  RULE_NO_PCT_ROUTE: EXIT.usage,
  RULE_PCT_LATE_FILING: EXIT.usage,
  RULE_UNKNOWN_CURRENCY: EXIT.usage,
  PLAN_INVALID_INVENTION: EXIT.usage,
  PLAN_INVALID_INPUT: EXIT.usage,
  DOCKET_UNKNOWN_MATTER: EXIT.usage,
  DOCKET_DUPLICATE_MATTER: EXIT.usage,
  DOCKET_INVALID_INPUT: EXIT.usage,
  CONNECTOR_CONFIG_INVALID: EXIT.usage,
  CONNECTOR_CREDENTIALS_MISSING: EXIT.usage,
  CONNECTOR_NOT_FOUND: EXIT.notFound,
  CLAIMS_NO_TEXT: EXIT.usage,
  FTO_INVALID_INPUT: EXIT.usage,
  FTO_UNKNOWN_COUNTRY: EXIT.usage,
  FTO_NO_CLAIMS: EXIT.notFound,
  MONITOR_INVALID_WATCH: EXIT.usage,
  MONITOR_UNKNOWN_WATCH: EXIT.usage,
  MONITOR_DUPLICATE_WATCH: EXIT.usage,
  MONITOR_INVALID_CRON: EXIT.usage,
  MONITOR_ALIASES_INVALID: EXIT.usage,
  POLICY_SOURCES_INVALID: EXIT.usage,
  QUERY_SYNTAX: EXIT.usage,
  SEARCH_INVALID_QUERY: EXIT.usage,
  SEARCH_BAD_LINE: EXIT.usage,
}

/** The exit code for an error thrown by a command. */
export function exitCodeFor(error: unknown): number {
  if (error instanceof ChuhaiError) {
    return BY_CODE[error.code] ?? EXIT.failure
  }
  return EXIT.failure
}
