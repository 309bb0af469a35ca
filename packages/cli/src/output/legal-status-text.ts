import type { LegalStatus } from '@chuhai/core/ingest'

/**
 * One line on a publication's legal status for `chuhai show`:
 * `Legal status: granted since 2003-12-19 (STAA: STATUS: NO OPPOSITION FILED WITHIN TIME LIMIT); lapsed in CH, GB; rules 2026-12-02`.
 */
export function renderLegalStatus(status: LegalStatus): string {
  const since = status.since ? ` since ${status.since}` : ''
  const event = status.event
  const why =
    status.basis === 'term'
      ? ' (20-year term from filing ended; extensions not applied)'
      : event
        ? ` (${event.code}: ${event.text ?? event.description ?? 'event'}${status.basis === 'keyword' ? ', read from the wording' : ''})`
        : ''
  const lapsed = status.lapsedIn?.length ? `; lapsed in ${status.lapsedIn.join(', ')}` : ''
  return `Legal status: ${status.status}${since}${why}${lapsed}; rules ${status.rulesVersion}\n`
}
