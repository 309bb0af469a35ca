import type { TextField } from '../query/ast.js'
import {
  acquireDense,
  orPostings,
  releaseDense,
  toSparse,
  type WeightedPostings,
} from './dense-match.js'
import { NO_MATCH, seek, union, type DocMatch } from './doc-match.js'
import { BLOCK_SIZE, blockLastDoc, decodeBlock, nextBlock } from './postings-codec.js'
import { idf, type PostingsReader } from './postings-reader.js'
import { FIELD_BIT } from './rank-params.js'

/** Field mask of every text field. */
export const ALL_FIELDS = 15
/** Field mask of each text field of the query language. */
export const FIELD_MASK: Readonly<Record<TextField, number>> = {
  ti: FIELD_BIT.title,
  ab: FIELD_BIT.abstract,
  cl: FIELD_BIT.claims,
  de: FIELD_BIT.description,
}

/** A key's encoded postings with its weight (idf / 255), counted in `fields`; undefined if absent. */
export function weightedPostings(
  reader: PostingsReader,
  key: string,
  fields: number,
): WeightedPostings | undefined {
  const encoded = reader.encoded(key)
  return encoded && { encoded, weight: idf(reader.docCount, encoded.df) / 255, fields }
}

/** Reused arrays of a field's postings (one query at a time per thread). */
const scratch = { docs: new Uint32Array(0), scores: new Float32Array(0) }

/**
 * A key's postings as a match (documents with the key in one of `fields`, scored idf × impact),
 * decoded block by block straight into the result.
 */
export function postingsMatch(reader: PostingsReader, key: string, fields: number): DocMatch {
  const e = reader.encoded(key)
  if (e === undefined) {
    return NO_MATCH
  }
  const w = idf(reader.docCount, e.df) / 255
  // A field's postings go to reused scratch arrays and are copied at their size: most of a
  // key's postings may be in other fields, and large short-lived arrays cost collections.
  const all = fields === ALL_FIELDS
  if (!all && scratch.docs.length < e.df) {
    scratch.docs = new Uint32Array(e.df)
    scratch.scores = new Float32Array(e.df)
  }
  const docs = all ? new Uint32Array(e.df) : scratch.docs
  const scores = all ? new Float32Array(e.df) : scratch.scores
  const blockDocs = new Uint32Array(BLOCK_SIZE)
  const blockImpacts = new Uint8Array(BLOCK_SIZE)
  const blockMasks = new Uint8Array(BLOCK_SIZE)
  let n = 0
  for (let at = e.from; at < e.to; at = nextBlock(e.bytes, at)) {
    const m = decodeBlock(e.bytes, at, blockDocs, blockImpacts, blockMasks)
    for (let i = 0; i < m; i++) {
      if (all || (blockMasks[i]! & fields) !== 0) {
        docs[n] = blockDocs[i]!
        scores[n++] = w * blockImpacts[i]!
      }
    }
  }
  return all ? { docs, scores } : { docs: docs.slice(0, n), scores: scores.slice(0, n) }
}

/**
 * A key's postings (as `postingsMatch`) at the documents of ascending `within` only; blocks that
 * end before the next document of `within` are skipped from their headers.
 */
export function postingsWithin(
  reader: PostingsReader,
  key: string,
  fields: number,
  within: Uint32Array,
): DocMatch {
  const e = reader.encoded(key)
  if (e === undefined || within.length === 0) {
    return NO_MATCH
  }
  const w = idf(reader.docCount, e.df) / 255
  const size = Math.min(e.df, within.length)
  const docs = new Uint32Array(size)
  const scores = new Float32Array(size)
  const blockDocs = new Uint32Array(BLOCK_SIZE)
  const blockImpacts = new Uint8Array(BLOCK_SIZE)
  const blockMasks = new Uint8Array(BLOCK_SIZE)
  let n = 0
  let j = 0
  for (let at = e.from; at < e.to && j < within.length; at = nextBlock(e.bytes, at)) {
    if (blockLastDoc(e.bytes, at) < within[j]!) {
      continue
    }
    const m = decodeBlock(e.bytes, at, blockDocs, blockImpacts, blockMasks)
    for (let i = 0; i < m && j < within.length; i++) {
      const d = blockDocs[i]!
      j = seek(within, j, d)
      if (within[j] === d && (fields === ALL_FIELDS || (blockMasks[i]! & fields) !== 0)) {
        docs[n] = d
        scores[n++] = w * blockImpacts[i]!
      }
    }
  }
  return { docs: docs.subarray(0, n), scores: scores.subarray(0, n) }
}

/**
 * The union of keys' postings, scores added in key order (as `reduce(union)` adds them): for
 * many keys (a truncation's expansion) reaching a large share of the documents, marked into a
 * dense set (ADR 0025), one pass per key.
 */
export function unionOfKeys(
  reader: PostingsReader,
  keys: readonly string[],
  fields: number,
): DocMatch {
  let total = 0
  for (const k of keys) {
    total += reader.df(k)
  }
  if (keys.length <= 2 || total * 8 < reader.docLimit) {
    return keys.map((k) => postingsMatch(reader, k, fields)).reduce(union, NO_MATCH)
  }
  const m = acquireDense(reader.docLimit)
  for (const k of keys) {
    const p = weightedPostings(reader, k, fields)
    if (p) {
      orPostings(m, p)
    }
  }
  const match = toSparse(m)
  releaseDense(m)
  return match
}
