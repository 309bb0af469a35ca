import type { ChuhaiClient, JobView } from '@chuhai/api-client'

const FINAL = new Set(['succeeded', 'failed', 'cancelled', 'interrupted'])

/** Polls a job until it ends (at most `ms`). */
export async function waitJob(client: ChuhaiClient, id: string, ms = 60_000): Promise<JobView> {
  const until = Date.now() + ms
  for (;;) {
    const job = await client.job(id)
    if (FINAL.has(job.status)) {
      return job
    }
    if (Date.now() > until) {
      throw new Error(`job ${id} still ${job.status} after ${ms} ms`)
    }
    await new Promise((r) => setTimeout(r, 50))
  }
}
