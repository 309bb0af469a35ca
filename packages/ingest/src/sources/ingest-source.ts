/**
 * One readable input of an ingest: a plain file, a gzipped file or one entry of a zip archive.
 * `key` identifies it across runs (for checkpoints); `display` names it in reports.
 */
export interface IngestSource {
  /** Absolute path, plus `!entry/name` for a zip entry. */
  readonly key: string
  /** The name shown in error reports: the path as given, plus `!entry` for zip entries. */
  readonly display: string
  /** Uncompressed size in bytes when known (zip entries, plain files), else the compressed size. */
  readonly size: number
  readonly mtimeMs: number
  /** The decompressed bytes. Errors carry a catalogue code (`ZIP_CORRUPT_ENTRY`, `FILE_UNREADABLE`). */
  stream(): AsyncIterable<Uint8Array>
}

/** A path that could not be opened or listed; reported, and the rest of the batch goes on. */
export interface SourceProblem {
  readonly problem: true
  readonly display: string
  readonly reason: string
}
