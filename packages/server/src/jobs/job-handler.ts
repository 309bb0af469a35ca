import type { Job, JobKind, JobProgress } from '@chuhai/core/workspace'
import type { ZodType } from 'zod'
import type { Principal } from '../auth/principal.js'

/** What a running job may do besides its work: see cancellation and report progress. */
export interface JobControl {
  /** Aborted when the user cancels or the server stops. */
  readonly signal: AbortSignal
  /** Reports progress; cheap to call often (persisted at most once a second). */
  progress(progress: JobProgress): void
}

/**
 * One kind of background job. `params` is validated with `schema` when the job is submitted and
 * again when it runs (a retried job runs with the params it was stored with). The result must be
 * JSON; it is stored with the job and shown by the UI.
 */
export interface JobHandler {
  readonly kind: JobKind
  readonly schema: ZodType
  /** The permission a member needs to submit this kind (checked by the job service). */
  readonly permission: 'patents.import' | 'analysis.run'
  /**
   * Checks, at submission, that the caller may use what the params name (e.g. the product of an
   * FTO run is the caller's organisation's); throws NOT_FOUND otherwise. Default: nothing named.
   */
  check?(principal: Principal, params: unknown): Promise<void>
  run(job: Job, params: unknown, control: JobControl): Promise<unknown>
}
