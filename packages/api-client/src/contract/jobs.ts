import { z } from 'zod'

export const JOB_KIND_NAMES = [
  'ingest',
  'plan',
  'eligibility',
  'fetch',
  'fto',
  'invalidity',
  'watch',
] as const

export const JobView = z.object({
  id: z.string(),
  kind: z.enum(JOB_KIND_NAMES),
  status: z.enum(['queued', 'running', 'succeeded', 'failed', 'cancelled', 'interrupted']),
  params: z.unknown(),
  progress: z
    .object({
      fraction: z.number().nullable(),
      message: z.string(),
      detail: z.record(z.string(), z.union([z.number(), z.string()])).optional(),
    })
    .nullable(),
  result: z.unknown(),
  error: z.string().nullable(),
  attempts: z.number(),
  cancelRequested: z.boolean(),
  createdBy: z.string(),
  createdAt: z.string(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
})
export type JobView = z.infer<typeof JobView>

export const CreateJobRequest = z.object({
  kind: z.enum(JOB_KIND_NAMES),
  params: z.record(z.string(), z.unknown()).default({}),
})
export type CreateJobRequest = z.input<typeof CreateJobRequest>

export const JobsQuery = z.object({ limit: z.coerce.number().int().min(1).max(200).default(50) })

export const ImportPathRequest = z.object({ paths: z.array(z.string().min(1)).min(1).max(50) })
export type ImportPathRequest = z.infer<typeof ImportPathRequest>

export const ImportRoots = z.object({ roots: z.array(z.string()) })
