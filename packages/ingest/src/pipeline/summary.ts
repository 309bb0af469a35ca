/** One document or file that failed, as `chuhai ingest --json` prints it. */
export interface IngestError {
  readonly file: string
  /** Byte offset of the document in the (decompressed) file, when known. */
  readonly offset: number | null
  /** Publication number when it could be read. */
  readonly id: string | null
  readonly reason: string
  /** 1-based line of a table row (CSV/TSV) that failed. */
  readonly line?: number
  /** Column or field that failed, when one did. */
  readonly field?: string
}

/** The result of an ingest run. */
export interface IngestSummary {
  /** Documents written: new publications plus replaced versions. */
  documents: number
  inserted: number
  replaced: number
  failed: number
  /** Documents not written: already stored identically or as a newer version, non-patent
   * documents (sequence listings, classification schemes), and files already fully ingested. */
  skipped: number
  unchanged: number
  notPatents: number
  files: number
  /** Files that hold no patent documents we read, with the reason. */
  skippedFiles: { file: string; reason: string }[]
  bytes: number
  seconds: number
  /** Every failure, up to `maxErrors`; `failed` counts them all. */
  errors: IngestError[]
}

/** Progress of a running ingest, for progress bars and job status. */
export interface IngestProgress {
  readonly file: string
  readonly bytes: number
  readonly totalBytes: number
  readonly documents: number
  readonly failed: number
  readonly elapsedMs: number
}

/** A fresh, zeroed summary. */
export function emptySummary(): IngestSummary {
  return {
    documents: 0,
    inserted: 0,
    replaced: 0,
    failed: 0,
    skipped: 0,
    unchanged: 0,
    notPatents: 0,
    files: 0,
    skippedFiles: [],
    bytes: 0,
    seconds: 0,
    errors: [],
  }
}
