import { parentPort } from 'node:worker_threads'
import { parseBatch } from './parse-batch.js'
import type { ParseReply, ParseRequest } from './parse-job.js'

// Worker entry: parse the documents of each request and answer with their outcomes, in order.
parentPort?.on('message', (request: ParseRequest) => {
  const reply: ParseReply = { id: request.id, parsed: parseBatch(request.docs) }
  parentPort?.postMessage(reply)
})
