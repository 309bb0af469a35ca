import { createError } from '@chuhai/core'
import { ENV } from '../config/connector-env.js'

/** The `X-API-KEY` header of the USPTO Open Data Portal; fails clearly when no key is set. */
export function usptoKeyHeaders(
  apiKey: string | undefined,
  service: string,
): Record<string, string> {
  if (!apiKey) {
    throw createError('CONNECTOR_CREDENTIALS_MISSING', service, [ENV.uspto.key])
  }
  return { 'x-api-key': apiKey }
}
