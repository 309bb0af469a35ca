import { createReadStream } from 'node:fs'
import { createGunzip } from 'node:zlib'
import { createError } from '@chuhai/core/ingest'
import type { IngestSource } from './ingest-source.js'

/** Read size for plain files: large enough to amortise syscalls, small enough to bound memory. */
const CHUNK = 4 * 1024 * 1024

/** A plain file on disk. */
export function fileSource(
  path: string,
  display: string,
  size: number,
  mtimeMs: number,
): IngestSource {
  return {
    key: path,
    display,
    size,
    mtimeMs,
    async *stream() {
      try {
        for await (const chunk of createReadStream(path, { highWaterMark: CHUNK })) {
          yield chunk as Buffer
        }
      } catch (error) {
        throw createError('FILE_UNREADABLE', `${display}: ${(error as Error).message}`)
      }
    },
  }
}

/** A gzip-compressed file (`.gz`), decompressed on the fly. */
export function gzipSource(
  path: string,
  display: string,
  size: number,
  mtimeMs: number,
): IngestSource {
  return {
    key: path,
    display,
    size,
    mtimeMs,
    async *stream() {
      const gunzip = createReadStream(path, { highWaterMark: CHUNK }).pipe(
        createGunzip({ chunkSize: 1024 * 1024 }),
      )
      try {
        for await (const chunk of gunzip) {
          yield chunk as Buffer
        }
      } catch (error) {
        throw createError('FILE_UNREADABLE', `${display}: gzip: ${(error as Error).message}`)
      }
    },
  }
}
