import { open, readdir, stat } from 'node:fs/promises'
import { basename, join, resolve } from 'node:path'
import type { IngestSource, SourceProblem } from './ingest-source.js'
import { fileSource, gzipSource } from './file-source.js'
import { zipSources } from './zip-source.js'

/**
 * Expands the paths given on the command line into sources: files as they are, folders
 * recursively (sorted, hidden entries skipped), zip archives entry by entry, `.gz` decompressed.
 * Problems (missing path, unreadable zip) are yielded, never thrown, so the batch goes on.
 */
export async function* walkSources(
  paths: readonly string[],
): AsyncGenerator<IngestSource | SourceProblem> {
  for (const given of paths) {
    yield* walkPath(resolve(given), given)
  }
}

async function* walkPath(
  path: string,
  display: string,
): AsyncGenerator<IngestSource | SourceProblem> {
  let info
  try {
    info = await stat(path)
  } catch (error) {
    yield { problem: true, display, reason: (error as Error).message }
    return
  }
  if (info.isDirectory()) {
    const names = (await readdir(path)).filter((n) => !n.startsWith('.')).sort()
    for (const name of names) {
      yield* walkPath(join(path, name), join(display, name))
    }
    return
  }
  if (!info.isFile()) {
    return
  }
  const magic = await readMagic(path)
  if (magic[0] === 0x50 && magic[1] === 0x4b && magic[2] === 0x03 && magic[3] === 0x04) {
    try {
      yield* zipSources(path, display, info.mtimeMs)
    } catch (error) {
      yield { problem: true, display, reason: (error as Error).message }
    }
    return
  }
  if (magic[0] === 0x1f && magic[1] === 0x8b) {
    yield gzipSource(path, display, info.size, info.mtimeMs)
    return
  }
  yield fileSource(path, display || basename(path), info.size, info.mtimeMs)
}

async function readMagic(path: string): Promise<Uint8Array> {
  const handle = await open(path, 'r')
  try {
    const buf = new Uint8Array(4)
    await handle.read(buf, 0, 4, 0)
    return buf
  } finally {
    await handle.close()
  }
}
