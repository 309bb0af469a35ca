import { walkSources } from '../sources/walk.js'

/** Total uncompressed bytes of the inputs, for progress and ETA (zip entries from the central directory). */
export async function estimateBytes(paths: readonly string[]): Promise<number> {
  let total = 0
  for await (const source of walkSources(paths)) {
    if (!('problem' in source)) {
      total += source.size
    }
  }
  return total
}
