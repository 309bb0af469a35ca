import type { Job } from '@chuhai/core/workspace'
import type { JobView } from '@chuhai/api-client'

/** A job for the API (allow-list: no organisation id; upload folders stay server-side). */
export function presentJob(j: Job): JobView {
  const params =
    j.params && typeof j.params === 'object' && 'uploadDir' in j.params
      ? {
          ...(j.params as Record<string, unknown>),
          uploadDir: undefined,
          paths: undefined,
          uploaded: true,
        }
      : j.params
  return {
    id: j.id,
    kind: j.kind,
    status: j.status,
    params,
    progress: j.progress,
    result: j.result,
    error: j.error,
    attempts: j.attempts,
    cancelRequested: j.cancelRequested,
    createdBy: j.userId,
    createdAt: j.createdAt,
    startedAt: j.startedAt,
    finishedAt: j.finishedAt,
  }
}
