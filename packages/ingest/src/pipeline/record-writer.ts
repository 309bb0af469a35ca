import type {
  IngestCheckpoint,
  LegalEventSet,
  PatentRecord,
  PatentStore,
} from '@chuhai/core/ingest'
import { mergePartialRecord } from '@chuhai/core/ingest'
import type { IngestSummary } from './summary.js'

/**
 * Collects parsed records of one source and writes them in batches, each batch in one
 * transaction together with the checkpoint that says how far the source is committed.
 */
export class RecordWriter {
  readonly #store: PatentStore
  readonly #summary: IngestSummary
  readonly #batchSize: number
  readonly #batchBytes: number
  #records: PatentRecord[] = []
  #hashes: (string | undefined)[] = []
  #skeletons: (string | undefined)[] = []
  #legal: LegalEventSet[] = []
  #bytes = 0
  #end = 0
  #documents: number

  constructor(
    store: PatentStore,
    summary: IngestSummary,
    readonly source: { key: string; size: number; mtimeMs: number },
    options: { batchSize: number; batchBytes: number; documentsBefore: number },
  ) {
    this.#store = store
    this.#summary = summary
    this.#batchSize = options.batchSize
    this.#batchBytes = options.batchBytes
    this.#documents = options.documentsBefore
  }

  /**
   * Adds one parsed document (or only advances the committed offset when `record` is absent),
   * with its content hash and skeleton when the parse worker computed them. A partial record
   * (`source.partial`: DOCDB/OPS bibliographic data, one OPS full-text section) is first merged
   * into the version pending in this batch or stored, so it adds what it has without dropping
   * what it lacks; the merged record's hash and skeleton are left to the store.
   */
  async add(
    record: PatentRecord | undefined,
    end: number,
    size: number,
    hash?: string,
    skeleton?: string,
  ): Promise<void> {
    if (record) {
      if (record.source.partial) {
        const pending = this.#records.findLastIndex((r) => r.id === record.id)
        const base = pending >= 0 ? this.#records[pending] : await this.#store.get(record.id)
        const merged = mergePartialRecord(base, record)
        if (pending >= 0) {
          this.#records[pending] = merged
          this.#hashes[pending] = undefined
          this.#skeletons[pending] = undefined
        } else {
          this.#records.push(merged)
          this.#hashes.push(undefined)
          this.#skeletons.push(undefined)
          this.#documents++
        }
      } else {
        this.#records.push(record)
        this.#hashes.push(hash)
        this.#skeletons.push(skeleton)
        this.#documents++
      }
    }
    this.#bytes += size
    this.#end = end
    if (this.#records.length >= this.#batchSize || this.#bytes >= this.#batchBytes) {
      await this.flush('partial')
    }
  }

  /** Queues legal events; they are written with the next batch, in its transaction. */
  addLegal(sets: readonly LegalEventSet[]): void {
    this.#legal.push(...sets)
  }

  /**
   * Writes what is pending with a checkpoint: `partial` (resume after the last document written),
   * `complete` (the source is done; an unchanged file is skipped next time) or `reread` (the source
   * was read to its end but had failures: read it again from the start next time).
   */
  async flush(state: 'partial' | 'complete' | 'reread'): Promise<void> {
    const offsets = {
      partial: this.#end,
      complete: Math.max(this.#end, this.source.size),
      reread: 0,
    }
    const checkpoint: IngestCheckpoint = {
      source: this.source.key,
      size: this.source.size,
      mtimeMs: this.source.mtimeMs,
      committedOffset: offsets[state],
      documents: state === 'reread' ? 0 : this.#documents,
      complete: state === 'complete',
    }
    const records = this.#records
    const contentHashes = this.#hashes
    const skeletons = this.#skeletons
    const legal = this.#legal
    this.#records = []
    this.#hashes = []
    this.#skeletons = []
    this.#legal = []
    this.#bytes = 0
    const result = await this.#store.upsert(records, {
      checkpoint,
      contentHashes,
      skeletons,
      ...(legal.length > 0 ? { legal } : {}),
    })
    this.#summary.inserted += result.inserted
    this.#summary.replaced += result.replaced
    this.#summary.unchanged += result.unchanged
    this.#summary.documents += result.inserted + result.replaced
    this.#summary.skipped += result.unchanged
  }
}
