// Worker of bench/search/speed.mjs: encodes the forward records (ADR 0020) of documents
// [from, to) of the synthetic corpus with the production encoder (`encodeForward`) against the
// index's vocabulary, and sends them back in chunks (their buffers transferred) for the main
// thread to store through the production `ForwardIndexWriter`.
import { parentPort, workerData } from 'node:worker_threads'
import { encodeForward, ForwardVocabulary } from '../../packages/core/dist/index.js'
import { syntheticCorpus } from './synthetic-corpus.mjs'

const { corpusFile, n, from, to, keys } = workerData
const corpus = syntheticCorpus(corpusFile, n)
const vocabulary = new ForwardVocabulary(keys)
const CHUNK = 5000
for (let start = from; start < to; start += CHUNK) {
  const end = Math.min(to, start + CHUNK)
  const records = []
  let size = 0
  for (let d = start; d < end; d++) {
    const r = encodeForward(corpus.docText(d), vocabulary)
    records.push(r)
    size += r.length
  }
  const bytes = new Uint8Array(size)
  const offsets = new Uint32Array(records.length + 1)
  let at = 0
  records.forEach((r, i) => {
    bytes.set(r, at)
    at += r.length
    offsets[i + 1] = at
  })
  parentPort.postMessage({ start, offsets, bytes }, [offsets.buffer, bytes.buffer])
}
parentPort.postMessage({ done: true })
