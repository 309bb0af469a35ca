import { ChuhaiError } from '@chuhai/core'

/**
 * The server's error catalogue (house style R13): code → HTTP status and message template. Core
 * error codes are mapped in `statusOfCoreCode`; anything else is a 500 whose details stay in the
 * log, never in the response.
 */
export const SERVER_ERRORS = {
  CONFIG_INVALID: [500, (key: string, detail: string) => `configuration ${key}: ${detail}`],
  VALIDATION: [400, (detail: string) => `invalid request: ${detail}`],
  UNAUTHENTICATED: [401, () => 'sign in first (session cookie or Authorization: Bearer token)'],
  BAD_CREDENTIALS: [401, () => 'wrong email or password'],
  CSRF: [403, () => 'missing or wrong X-CSRF-Token header for this session'],
  FORBIDDEN: [403, (action: string) => `your role may not ${action}`],
  NOT_FOUND: [404, (what: string) => `not found: ${what}`],
  CONFLICT: [409, (detail: string) => detail],
  SETUP_DONE: [
    409,
    () => 'the owner account exists already; sign in or ask an owner to invite you',
  ],
  SETUP_REQUIRED: [409, () => 'no account yet: create the owner account first'],
  JOB_STATE: [409, (id: string, status: string) => `job ${id} is ${status}`],
  JOB_KIND_UNAVAILABLE: [
    422,
    (kind: string, known: string) =>
      `job kind ${kind} is not available in this build; available: ${known}`,
  ],
  PATH_NOT_ALLOWED: [
    403,
    (path: string) =>
      `${path} is outside the import folders (CHUHAI_IMPORT_ROOTS / importRoots in the config)`,
  ],
  PAYLOAD_TOO_LARGE: [413, (limit: string) => `upload larger than ${limit}`],
  RATE_LIMITED: [429, () => 'too many attempts; wait a minute'],
  UNAVAILABLE: [503, (detail: string) => `not ready: ${detail}`],
} as const satisfies Record<string, readonly [number, (...args: never[]) => string]>

/** A server error code. */
export type ServerErrorCode = keyof typeof SERVER_ERRORS

/** An error with a server catalogue code and its HTTP status. */
export class ServerError extends Error {
  readonly code: string
  readonly status: number

  constructor(code: string, status: number, message: string) {
    super(message)
    this.name = 'ServerError'
    this.code = code
    this.status = status
  }
}

/** Creates a `ServerError` from a catalogue code and the template's arguments. */
export function createServerError<C extends ServerErrorCode>(
  code: C,
  ...args: Parameters<(typeof SERVER_ERRORS)[C][1]>
): ServerError {
  const [status, template] = SERVER_ERRORS[code]
  return new ServerError(code, status, (template as (...a: unknown[]) => string)(...args))
}

/** HTTP status of a core error code: bad input is 400/422, unknown objects 404. */
export function statusOfCoreCode(code: string): number {
  if (code === 'NOT_FOUND' || code === 'DOCKET_UNKNOWN_MATTER') {
    return 404
  }
  if (code === 'DOCKET_DUPLICATE_MATTER') {
    return 409
  }
  if (code === 'QUERY_SYNTAX' || code === 'SEARCH_INVALID_QUERY') {
    return 400
  }
  if (code === 'SEARCH_INDEX_MISSING') {
    return 503
  }
  if (
    /^(PLAN_INVALID|DOCKET_INVALID|ELIGIBILITY_|RULE_|NUMBER_INVALID|USAGE|SEARCH_UNSUPPORTED|FTO_|CLAIMS_NO_TEXT|MONITOR_INVALID|MONITOR_UNKNOWN|MONITOR_DUPLICATE|CONNECTOR_CREDENTIALS)/.test(
      code,
    )
  ) {
    return 422
  }
  return 500
}

/** `{ status, body }` for any thrown value: catalogue errors keep their code and message. */
export function toHttpError(error: unknown): {
  status: number
  body: { error: { code: string; message: string } }
} {
  if (error instanceof ServerError) {
    return { status: error.status, body: { error: { code: error.code, message: error.message } } }
  }
  if (error instanceof ChuhaiError) {
    const status = statusOfCoreCode(error.code)
    const message = status === 500 ? 'internal error' : error.message
    return { status, body: { error: { code: error.code, message } } }
  }
  return { status: 500, body: { error: { code: 'INTERNAL', message: 'internal error' } } }
}
