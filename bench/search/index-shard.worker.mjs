// Worker of bench/search/speed.mjs: builds the index shard of documents [from, to) of the
// synthetic corpus with the production IndexBuilder and the corpus-wide average field lengths,
// and sends it back (its arrays transferred, not copied).
import { parentPort, workerData } from 'node:worker_threads'
import { IndexBuilder } from '../../packages/core/dist/index.js'
import { syntheticCorpus } from './synthetic-corpus.mjs'

const { corpusFile, n, from, to, params, avgLengths } = workerData
const corpus = syntheticCorpus(corpusFile, n)
const builder = new IndexBuilder(params, 5000, true, avgLengths)
for (let d = from; d < to; d++) builder.add(corpus.docText(d), d)
const data = builder.build()
parentPort.postMessage(data, [
  data.offsets.buffer,
  data.df.buffer,
  data.maxImpacts.buffer,
  data.postings.buffer,
])
