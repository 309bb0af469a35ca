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

/** A document that was read and skipped as no patent publication, and why. */
export interface SkippedDocument {
  readonly file: string
  /** Byte offset of the document, or `null` for a table row (then `line` is set). */
  readonly offset: number | null
  readonly line?: number
  readonly reason: string
}

/** Records a skipped non-patent document: counted, and listed while under `maxListed`. */
export function addSkippedDocument(
  summary: IngestSummary,
  skipped: SkippedDocument,
  maxListed: number,
): void {
  summary.skipped++
  summary.notPatents++
  if (summary.skippedDocuments.length < maxListed) {
    summary.skippedDocuments.push(skipped)
  }
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
  /**
   * Documents recognised as no patent publication (sequence listings, service error answers,
   * non-patent XML and JSON), each with where it is and why, up to `maxErrors`; `notPatents`
   * counts them all.
   */
  skippedDocuments: SkippedDocument[]
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
    skippedDocuments: [],
    bytes: 0,
    seconds: 0,
    errors: [],
  }
}
