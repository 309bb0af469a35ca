import { cpus } from 'node:os'
import { readFileSync } from 'node:fs'
import { Worker } from 'node:worker_threads'
import { errorMessage } from '@chuhai/core'
import { z } from 'zod'

/** One line of a `--batch` file. */
export const BatchLine = z.object({
  id: z.union([z.string().min(1), z.number()]).transform(String),
  text: z.string().min(1, 'text is empty'),
  before: z
    .union([
      z.string().regex(/^\d{4}-?\d{2}-?\d{2}$/u, 'before must be YYYYMMDD or YYYY-MM-DD'),
      z.number().int(),
    ])
    .optional()
    .transform((v) => {
      if (v === undefined) {
        return undefined
      }
      const s = String(v).replaceAll('-', '')
      return /^\d{8}$/u.test(s) ? `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}` : undefined
    }),
  exclude: z.array(z.string()).optional(),
})
export type BatchLine = z.infer<typeof BatchLine>

/** A job sent to a worker and its answer. */
export interface BatchJob {
  readonly seq: number
  readonly line: BatchLine
}
export interface BatchAnswer {
  readonly seq: number
  readonly id: string
  readonly results?: string[]
  readonly error?: string
}

/** Settings every worker gets. */
export interface BatchWorkerData {
  readonly db: string
  readonly limit: number
  readonly collapse: boolean
}

/**
 * Runs a JSONL batch on worker threads (one per core, at most `workers`), printing one answer
 * line per good input line in input order. Bad lines are reported on stderr with their line
 * number; the rest still run. Resolves with the number of bad lines.
 */
export async function runBatch(
  file: string,
  data: BatchWorkerData,
  out: (line: string) => void,
  err: (line: string) => void,
  workers = Math.max(1, Math.min(cpus().length, 8)),
): Promise<number> {
  const jobs: BatchJob[] = []
  let bad = 0
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((raw, i) => {
      if (raw.trim() === '') {
        return
      }
      let json: unknown
      try {
        json = JSON.parse(raw)
      } catch (error) {
        bad++
        err(
          `${file}: ${errorMessage('SEARCH_BAD_LINE', i + 1, `invalid JSON (${(error as Error).message})`)}`,
        )
        return
      }
      const parsed = BatchLine.safeParse(json)
      if (!parsed.success) {
        bad++
        const issue = parsed.error.issues[0]!
        err(
          `${file}: ${errorMessage('SEARCH_BAD_LINE', i + 1, `${issue.path.join('.') || 'line'}: ${issue.message}`)}`,
        )
        return
      }
      jobs.push({ seq: jobs.length, line: parsed.data })
    })
  const count = Math.max(1, Math.min(workers, jobs.length))
  const answers = new Map<number, BatchAnswer>()
  let next = 0
  let printed = 0
  await Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise<void>((resolve, reject) => {
          const worker = new Worker(new URL('./search-batch.worker.js', import.meta.url), {
            workerData: data,
          })
          let inFlight = 0
          const send = (): void => {
            if (next < jobs.length) {
              inFlight++
              worker.postMessage(jobs[next++])
            } else if (inFlight === 0) {
              void worker.terminate().then(() => resolve())
            }
          }
          worker.on('message', (answer: BatchAnswer) => {
            answers.set(answer.seq, answer)
            // Print in input order as soon as the next answer is there.
            while (answers.has(printed)) {
              const a = answers.get(printed)!
              answers.delete(printed)
              printed++
              if (a.error !== undefined) {
                bad++
                err(`${file}: id ${a.id}: ${a.error}`)
              } else {
                out(JSON.stringify({ id: a.id, results: a.results }))
              }
            }
            send()
          })
          worker.on('error', reject)
          worker.on('online', () => {
            // Two jobs in flight per worker keep it busy while the main thread prints.
            send()
            send()
          })
        }),
    ),
  )
  return bad
}
