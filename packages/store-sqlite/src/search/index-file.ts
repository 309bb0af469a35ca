import {
  closeSync,
  fstatSync,
  fsyncSync,
  openSync,
  readdirSync,
  readSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs'
import { randomBytes } from 'node:crypto'
import { basename, dirname, join } from 'node:path'
import {
  createError,
  packTerms,
  type AverageLengths,
  type PackedIndex,
  type PostingsData,
  type RankParams,
} from '@chuhai/core'

/**
 * The search index as one byte image (ADR 0024): for a store file it is the side file
 * `<db>.search`, read with positioned reads (the key dictionary once, each key's postings on
 * demand); for an in-memory store the same image is kept as a blob. Layout: the magic
 * `CHUHAIX3`, a uint32 header length, the header (JSON), then 8-aligned sections — `termBytes`,
 * `termStarts`, `offsets`, `df`, `maxImpacts` (the dictionary, read in one piece) and `postings` —
 * and the trailer `CHUHAIOK`. The header carries the id the store's `search_index_info` pairs
 * the image with, and the image's total size, so a truncated, foreign or stale file is refused.
 */
export const INDEX_FILE_SUFFIX = '.search'

const MAGIC = 'CHUHAIX3'
const TRAILER = 'CHUHAIOK'
const SECTIONS = ['termBytes', 'termStarts', 'offsets', 'df', 'maxImpacts', 'postings'] as const
type SectionName = (typeof SECTIONS)[number]

/** The image's header. Section positions are relative to the first section. */
interface ImageHeader {
  readonly id: string
  readonly params: RankParams
  readonly docCount: number
  readonly docLimit: number
  readonly avgLengths: AverageLengths
  readonly keys: number
  readonly sections: Readonly<Record<SectionName, readonly [number, number]>>
  readonly bytes: number
}

/** A loaded image: the packed index and what it was built with. */
export interface OpenedIndex {
  readonly index: PackedIndex
  readonly params: RankParams
  readonly avgLengths: AverageLengths
  /** Releases the file (no-op for an in-memory image). */
  close(): void
}

/** Random access to an image's bytes. */
interface ByteSource {
  readonly name: string
  readonly size: number
  read(at: number, length: number): Uint8Array
  close(): void
}

const align8 = (n: number): number => Math.ceil(n / 8) * 8
const ascii = (s: string): Uint8Array => new TextEncoder().encode(s)

/** The side file of a store file. */
export function indexFilePath(dbFile: string): string {
  return `${dbFile}${INDEX_FILE_SUFFIX}`
}

/** The image of `data` as chunks to write in order, and its size. */
function imageChunks(data: PostingsData, id: string): { chunks: Uint8Array[]; bytes: number } {
  const { termBytes, termStarts } = packTerms(data.terms)
  const bodies: Record<SectionName, Uint8Array> = {
    termBytes,
    termStarts: new Uint8Array(termStarts.buffer, termStarts.byteOffset, termStarts.byteLength),
    offsets: new Uint8Array(data.offsets.buffer, data.offsets.byteOffset, data.offsets.byteLength),
    df: new Uint8Array(data.df.buffer, data.df.byteOffset, data.df.byteLength),
    maxImpacts: data.maxImpacts,
    postings: data.postings,
  }
  const sections = {} as Record<SectionName, [number, number]>
  let at = 0
  for (const name of SECTIONS) {
    sections[name] = [at, bodies[name].length]
    at = align8(at + bodies[name].length)
  }
  // The trailer follows the postings directly.
  const end = sections.postings[0] + sections.postings[1]
  const draft = (bytes: number): Uint8Array =>
    ascii(
      JSON.stringify({
        id,
        params: data.params,
        docCount: data.docCount,
        docLimit: data.docLimit,
        avgLengths: data.avgLengths,
        keys: data.terms.length,
        sections,
        bytes,
      } satisfies ImageHeader),
    )
  // The header holds the total size, which depends on the header's own length: settle it.
  let header = draft(0)
  let start = align8(12 + header.length)
  for (let i = 0; i < 3; i++) {
    header = draft(start + end + TRAILER.length)
    start = align8(12 + header.length)
  }
  const head = new Uint8Array(start)
  head.set(ascii(MAGIC), 0)
  new DataView(head.buffer).setUint32(8, header.length, true)
  head.set(header, 12)
  const chunks: Uint8Array[] = [head]
  let written = 0
  for (const name of SECTIONS) {
    const body = bodies[name]
    chunks.push(body)
    written += body.length
    const pad = align8(written) - written
    if (pad > 0 && name !== 'postings') {
      chunks.push(new Uint8Array(pad))
      written += pad
    }
  }
  chunks.push(ascii(TRAILER))
  const bytes = start + end + TRAILER.length
  if ((JSON.parse(new TextDecoder().decode(header)) as ImageHeader).bytes !== bytes) {
    throw new Error('index image: header size did not settle')
  }
  return { chunks, bytes }
}

/** The image of `data` in memory (in-memory stores). */
export function indexImage(data: PostingsData, id: string): Uint8Array {
  const { chunks, bytes } = imageChunks(data, id)
  const out = new Uint8Array(bytes)
  let at = 0
  for (const c of chunks) {
    out.set(c, at)
    at += c.length
  }
  return out
}

/**
 * Writes the image of `data` to `path` crash-safely: into `path.tmp-<pid>-<random>`, flushed, then
 * renamed over `path` (and the folder flushed), so a reader sees the old file or the whole new
 * one. Temporary files of writers that died are removed first. Returns the size.
 */
export function writeIndexFile(path: string, data: PostingsData, id: string): number {
  const { chunks, bytes } = imageChunks(data, id)
  removeAbandonedTemps(path)
  // A name of this writer's own: two processes refreshing at once never write one file.
  const temp = `${path}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`
  const fd = openSync(temp, 'w')
  try {
    for (const c of chunks) {
      for (let at = 0; at < c.length;) {
        at += writeSync(fd, c, at, Math.min(c.length - at, 1 << 30))
      }
    }
    fsyncSync(fd)
  } catch (error) {
    closeSync(fd)
    rmSync(temp, { force: true })
    throw error
  }
  closeSync(fd)
  renameSync(temp, path)
  try {
    const dir = openSync(dirname(path), 'r')
    try {
      fsyncSync(dir)
    } finally {
      closeSync(dir)
    }
  } catch {
    // Some file systems cannot flush a folder; the rename is still atomic.
  }
  return bytes
}

/** Removes temporary images of `path` left by writers that are no longer running (a crash). */
function removeAbandonedTemps(path: string): void {
  const prefix = `${basename(path)}.tmp-`
  let names: string[]
  try {
    names = readdirSync(dirname(path))
  } catch {
    return
  }
  for (const name of names) {
    const pid = name.startsWith(prefix) ? Number(name.slice(prefix.length).split('-')[0]) : NaN
    if (Number.isInteger(pid) && pid > 0 && !running(pid)) {
      rmSync(join(dirname(path), name), { force: true })
    }
  }
}

function running(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

function fileSource(path: string): ByteSource {
  const fd = openSync(path, 'r')
  return {
    name: path,
    size: fstatSync(fd).size,
    read(at, length) {
      const out = new Uint8Array(length)
      for (let done = 0; done < length;) {
        const n = readSync(fd, out, done, length - done, at + done)
        if (n === 0) {
          throw createError('SEARCH_INDEX_CORRUPT', path, `ends inside bytes ${at}–${at + length}`)
        }
        done += n
      }
      return out
    },
    close: () => closeSync(fd),
  }
}

function memorySource(name: string, bytes: Uint8Array): ByteSource {
  return {
    name,
    size: bytes.length,
    read: (at, length) => {
      // A copy into a fresh buffer, so that typed views over it are aligned.
      const out = new Uint8Array(length)
      out.set(bytes.subarray(at, at + length))
      return out
    },
    close: () => undefined,
  }
}

/** Reads and checks the header; throws `SEARCH_INDEX_CORRUPT` naming the image. */
function readHeader(source: ByteSource, id: string): { header: ImageHeader; start: number } {
  const bad = (detail: string): Error => createError('SEARCH_INDEX_CORRUPT', source.name, detail)
  if (source.size < 12 + TRAILER.length) {
    throw bad(`only ${source.size} bytes`)
  }
  const head = source.read(0, 12)
  if (new TextDecoder().decode(head.subarray(0, 8)) !== MAGIC) {
    throw bad('not a Chuhai search index of this format')
  }
  const length = new DataView(head.buffer).getUint32(8, true)
  if (12 + length > source.size) {
    throw bad('truncated header')
  }
  let header: ImageHeader
  try {
    header = JSON.parse(new TextDecoder().decode(source.read(12, length))) as ImageHeader
  } catch {
    throw bad('unreadable header')
  }
  if (header.bytes !== source.size) {
    throw bad(`${source.size} bytes where ${header.bytes} were written (truncated or damaged)`)
  }
  const trailer = new TextDecoder().decode(source.read(source.size - TRAILER.length, 8))
  if (trailer !== TRAILER) {
    throw bad('no end marker (truncated or damaged)')
  }
  if (header.id !== id) {
    throw bad('built for another state of the store')
  }
  return { header, start: align8(12 + length) }
}

/** How an opened image serves postings. */
export interface OpenIndexOptions {
  /**
   * Read the whole postings section into memory at open (seconds at a million documents) instead
   * of per key from the file: for long-lived processes that run many queries. Default `false`.
   */
  readonly postingsInMemory?: boolean
}

function openSource(source: ByteSource, id: string, options: OpenIndexOptions = {}): OpenedIndex {
  try {
    const { header, start } = readHeader(source, id)
    const s = header.sections
    // The dictionary in one read; its sections are 8-aligned within it.
    const dictionaryEnd = s.maxImpacts[0] + s.maxImpacts[1]
    const dictionary = source.read(start, dictionaryEnd)
    const view = <T>(
      name: SectionName,
      make: (buffer: ArrayBufferLike, at: number, length: number) => T,
      width: number,
    ): T => make(dictionary.buffer, dictionary.byteOffset + s[name][0], s[name][1] / width)
    const termStarts = view('termStarts', (b, a, n) => new Uint32Array(b, a, n), 4)
    const offsets = view('offsets', (b, a, n) => new Float64Array(b, a, n), 8)
    const keys = header.keys
    if (
      termStarts.length !== keys + 1 ||
      offsets.length !== keys + 1 ||
      termStarts[keys] !== s.termBytes[1] ||
      offsets[keys] !== s.postings[1]
    ) {
      throw createError('SEARCH_INDEX_CORRUPT', source.name, 'inconsistent key dictionary')
    }
    const postingsStart = start + s.postings[0]
    const all = options.postingsInMemory ? source.read(postingsStart, s.postings[1]) : undefined
    const index: PackedIndex = {
      docCount: header.docCount,
      docLimit: header.docLimit,
      termBytes: view('termBytes', (b, a, n) => new Uint8Array(b, a, n), 1),
      termStarts,
      offsets,
      df: view('df', (b, a, n) => new Uint32Array(b, a, n), 4),
      maxImpacts: view('maxImpacts', (b, a, n) => new Uint8Array(b, a, n), 1),
      postings: all
        ? { read: (from, to) => all.subarray(from, to) }
        : { read: (from, to) => source.read(postingsStart + from, to - from) },
    }
    return {
      index,
      params: header.params,
      avgLengths: header.avgLengths,
      close: () => source.close(),
    }
  } catch (error) {
    source.close()
    throw error
  }
}

const open = new FinalizationRegistry<() => void>((close) => close())

/**
 * Opens the side file `path` paired with `id`; a missing, truncated, damaged or foreign file
 * throws `SEARCH_INDEX_CORRUPT` naming it. The file stays open for reads until `close` (or
 * until the result is collected).
 */
export function openIndexFile(
  path: string,
  id: string,
  options: OpenIndexOptions = {},
): OpenedIndex {
  let source: ByteSource
  try {
    source = fileSource(path)
  } catch (error) {
    throw createError(
      'SEARCH_INDEX_CORRUPT',
      path,
      (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'missing' : String(error),
    )
  }
  const opened = openSource(source, id, options)
  let closed = false
  const close = (): void => {
    if (!closed) {
      closed = true
      opened.close()
    }
  }
  const result: OpenedIndex = { ...opened, close }
  open.register(result, close)
  return result
}

/** Opens an in-memory image (`name` names it in errors). */
export function openIndexImage(name: string, bytes: Uint8Array, id: string): OpenedIndex {
  return openSource(memorySource(name, bytes), id)
}

/** Why the side file `path` cannot be used with `id`, or undefined when it can (header only). */
export function indexFileProblem(path: string, id: string): string | undefined {
  let source: ByteSource
  try {
    source = fileSource(path)
  } catch {
    return `${path} is missing`
  }
  try {
    readHeader(source, id)
    return undefined
  } catch (error) {
    return error instanceof Error ? error.message : String(error)
  } finally {
    source.close()
  }
}
