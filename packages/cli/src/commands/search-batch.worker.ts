// Worker of `chuhai search --batch`: opens the store read-only, answers jobs in order.
import { parentPort, workerData } from 'node:worker_threads'
import { parseQuery } from '@chuhai/core'
import { createSqliteStore } from '@chuhai/store-sqlite'
import type { BatchAnswer, BatchJob, BatchWorkerData } from './search-batch.js'
import { crossLanguageUnderstanding, semanticSignal } from './search-understanding.js'

const data = workerData as BatchWorkerData
const store = createSqliteStore({ path: data.db, readonly: true })
const backend = store.search({ autoRefresh: false })

parentPort!.on('message', (job: BatchJob | null) => {
  if (job === null) {
    void store.close().then(() => parentPort!.close())
    return
  }
  const { line } = job
  answer(line).then(
    (page) =>
      parentPort!.postMessage({
        seq: job.seq,
        id: line.id,
        results: page.hits.map((h) => h.id),
      } satisfies BatchAnswer),
    (error: unknown) =>
      parentPort!.postMessage({
        seq: job.seq,
        id: line.id,
        error: error instanceof Error ? error.message : String(error),
      } satisfies BatchAnswer),
  )
})

/** One batch line: Chinese text translated (ADR 0013), the semantic signal when configured. */
async function answer(line: BatchJob['line']): Promise<Awaited<ReturnType<typeof backend.search>>> {
  const query = parseQuery(line.text, { mode: 'text' })
  const dense = await semanticSignal(store, line.text, process.env)
  return backend.search(query, {
    limit: data.limit,
    collapseFamilies: data.collapse,
    snippets: false,
    understand: crossLanguageUnderstanding,
    ...(dense ? { dense } : {}),
    filters: {
      ...(line.before !== undefined ? { before: line.before } : {}),
      ...(line.exclude !== undefined ? { excludePublications: line.exclude } : {}),
    },
  })
}
