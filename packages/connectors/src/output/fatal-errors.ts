import type { ChuhaiError } from '@chuhai/core'

/**
 * Errors that stop a whole fetch: the next item would fail the same way (credentials, quota,
 * configuration, a service that keeps refusing). Others (one number not found, one malformed
 * response) are reported and the batch goes on.
 */
export function isFatal(error: ChuhaiError): boolean {
  return (
    error.code === 'CONNECTOR_CREDENTIALS_MISSING' ||
    error.code === 'CONNECTOR_CREDENTIALS_REJECTED' ||
    error.code === 'CONNECTOR_QUOTA_EXHAUSTED' ||
    error.code === 'CONNECTOR_RATE_LIMITED' ||
    error.code === 'CONNECTOR_UNAVAILABLE' ||
    error.code === 'CONNECTOR_CONFIG_INVALID'
  )
}
