/**
 * Background jobs (issue 9): persisted in the database so that a restart never loses one. The
 * runner lives in the server; this is the record and its port.
 */
export const JOB_KINDS = [
  'ingest',
  'plan',
  'eligibility',
  'fetch',
  'fto',
  'invalidity',
  'watch',
] as const

/** What a job does. Kinds without a registered handler are refused when submitted. */
export type JobKind = (typeof JOB_KINDS)[number]

/**
 * `queued` → `running` → `succeeded` | `failed` | `cancelled`. A job found `running` when the
 * server starts was cut off by a crash or a kill: it becomes `interrupted`, which can be retried
 * (ingest resumes from its checkpoints).
 */
export const JOB_STATUSES = [
  'queued',
  'running',
  'succeeded',
  'failed',
  'cancelled',
  'interrupted',
] as const

/** Where a job stands. */
export type JobStatus = (typeof JOB_STATUSES)[number]

/** Statuses a job never leaves by itself. */
export const FINAL_JOB_STATUSES: ReadonlySet<JobStatus> = new Set([
  'succeeded',
  'failed',
  'cancelled',
  'interrupted',
])

/** Progress of a running job: a fraction when known, and a short machine-readable note. */
export interface JobProgress {
  /** 0…1, or null when the total is unknown. */
  readonly fraction: number | null
  readonly message: string
  readonly detail?: Readonly<Record<string, number | string>>
}

/** A job as stored. `params` and `result` are JSON of the kind's own shape. */
export interface Job {
  readonly id: string
  readonly orgId: string
  readonly userId: string
  readonly kind: JobKind
  readonly status: JobStatus
  readonly params: unknown
  readonly progress: JobProgress | null
  readonly result: unknown
  readonly error: string | null
  readonly attempts: number
  readonly cancelRequested: boolean
  readonly createdAt: string
  readonly startedAt: string | null
  readonly finishedAt: string | null
}

/** The persistence port of jobs. Every read is scoped to one organisation except recovery. */
export interface JobStore {
  create(job: Job): Promise<void>
  get(orgId: string, id: string): Promise<Job | undefined>
  list(orgId: string, options: { limit: number; userId?: string }): Promise<Job[]>
  /** Oldest queued job of any organisation, atomically marked running; undefined when none. */
  claimNext(now: string): Promise<Job | undefined>
  update(
    id: string,
    patch: Partial<Pick<Job, 'status' | 'progress' | 'result' | 'error' | 'finishedAt'>>,
  ): Promise<void>
  requestCancel(orgId: string, id: string): Promise<boolean>
  /** Puts a finished job back in the queue (retry): attempts + 1, result and error cleared. */
  requeue(orgId: string, id: string): Promise<boolean>
  /** Marks every `running` job `interrupted` (server start); returns their ids. */
  markInterrupted(now: string): Promise<string[]>
}
