import { crc32 } from 'node:zlib'
import { createError } from '@chuhai/core/ingest'
import yauzl from 'yauzl'
import type { Entry, ZipFile } from 'yauzl'
import type { IngestSource } from './ingest-source.js'

function openZip(path: string): Promise<ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.open(
      path,
      { lazyEntries: true, autoClose: false, validateEntrySizes: true },
      (err, zip) => {
        if (err) {
          reject(createError('ZIP_CORRUPT', `${path}: ${err.message}`))
        } else {
          resolve(zip)
        }
      },
    )
  })
}

function nextEntry(zip: ZipFile): Promise<Entry | undefined> {
  return new Promise((resolve, reject) => {
    const onEntry = (entry: Entry): void => {
      cleanup()
      resolve(entry)
    }
    const onEnd = (): void => {
      cleanup()
      resolve(undefined)
    }
    const onError = (err: Error): void => {
      cleanup()
      reject(createError('ZIP_CORRUPT', err.message))
    }
    const cleanup = (): void => {
      zip.off('entry', onEntry)
      zip.off('end', onEnd)
      zip.off('error', onError)
    }
    zip.on('entry', onEntry)
    zip.on('end', onEnd)
    zip.on('error', onError)
    zip.readEntry()
  })
}

function openEntry(zip: ZipFile, entry: Entry): Promise<NodeJS.ReadableStream> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (err, stream) => {
      if (err) {
        reject(err)
      } else {
        resolve(stream)
      }
    })
  })
}

/**
 * The file entries of a zip archive (USPTO ships `ipgYYMMDD.zip`), read directly without
 * extracting. Each entry's CRC-32 is checked as it streams; a bad entry fails alone.
 */
export async function* zipSources(
  path: string,
  display: string,
  mtimeMs: number,
): AsyncGenerator<IngestSource> {
  const zip = await openZip(path)
  try {
    for (let entry = await nextEntry(zip); entry; entry = await nextEntry(zip)) {
      if (entry.fileName.endsWith('/')) {
        continue
      }
      const current = entry
      const name = `${display}!${current.fileName}`
      yield {
        key: `${path}!${current.fileName}`,
        display: name,
        size: current.uncompressedSize,
        mtimeMs,
        async *stream() {
          let crc = 0
          try {
            const stream = await openEntry(zip, current)
            for await (const chunk of stream) {
              crc = crc32(chunk, crc)
              yield chunk as Buffer
            }
          } catch (error) {
            throw createError('ZIP_CORRUPT_ENTRY', name, (error as Error).message)
          }
          if (crc >>> 0 !== current.crc32 >>> 0) {
            throw createError('ZIP_CORRUPT_ENTRY', name, 'CRC-32 mismatch (the entry is damaged)')
          }
        },
      }
    }
  } finally {
    zip.close()
  }
}
