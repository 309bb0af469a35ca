/** Dot product; equals the cosine for unit vectors. Lengths must match. */
export function dot(a: Float32Array, b: Float32Array): number {
  let s = 0
  for (let i = 0; i < a.length; i++) {
    s += a[i]! * b[i]!
  }
  return s
}

/** `v` scaled to unit length (a zero vector stays zero). */
export function normalise(v: Float32Array): Float32Array {
  const n = Math.sqrt(dot(v, v))
  if (n === 0) {
    return v
  }
  const out = new Float32Array(v.length)
  for (let i = 0; i < v.length; i++) {
    out[i] = v[i]! / n
  }
  return out
}

/** Little-endian float32 bytes of a vector, for storage. */
export function encodeVector(v: Float32Array): Uint8Array {
  const out = new Uint8Array(v.length * 4)
  const view = new DataView(out.buffer)
  v.forEach((x, i) => view.setFloat32(i * 4, x, true))
  return out
}

/** The vector of `encodeVector`'s bytes. */
export function decodeVector(bytes: Uint8Array): Float32Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const out = new Float32Array(bytes.byteLength / 4)
  for (let i = 0; i < out.length; i++) {
    out[i] = view.getFloat32(i * 4, true)
  }
  return out
}

/** Texts longer than this are cut before embedding (models read ~512 tokens at most). */
export const EMBEDDING_TEXT_CHARS = 2000

/**
 * The text embedded for a document: title, abstract and first claim, which state what the
 * invention is; the description is only used when there is no abstract.
 */
export function embeddingText(doc: {
  readonly title?: string
  readonly abstract?: string
  readonly firstClaim?: string
  readonly description?: string
}): string {
  const parts = [doc.title, doc.abstract, doc.firstClaim]
  if (!doc.abstract) {
    parts.push(doc.description)
  }
  return parts
    .filter((p): p is string => p !== undefined && p.trim() !== '')
    .join('\n')
    .slice(0, EMBEDDING_TEXT_CHARS)
}
