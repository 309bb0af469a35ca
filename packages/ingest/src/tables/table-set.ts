import {
  assemblePatentsViewRecord,
  ColumnIndex,
  PatentRecord,
  type DelimitedHeader,
  type PatentsViewTable,
  type PatentStore,
  type RowIssue,
} from '@chuhai/core/ingest'
import { RecordWriter } from '../pipeline/record-writer.js'
import { addSkippedDocument, type IngestSummary } from '../pipeline/summary.js'
import type { IngestSource } from '../sources/ingest-source.js'
import { isRowIssue, readTableRows } from './read-table.js'
import { RowPartitions } from './row-partitions.js'

/** A table file of the set, as recognised by its header. */
interface SetTable {
  readonly table: PatentsViewTable
  readonly header: DelimitedHeader
  readonly display: string
  /** Rows whose patent id is not in the `g_patent` table, counted at the join. */
  orphans: number
}

/** What the join needs from the ingest run. */
export interface TableSetOptions {
  readonly store: PatentStore
  readonly summary: IngestSummary
  readonly force: boolean
  readonly batchSize: number
  readonly maxErrors: number
  /** Row bytes held in memory before the join spills to disk. Default is 256 MiB. */
  readonly memoryBytes?: number
}

/**
 * The PatentsView tables of one folder (plain, zipped or gzipped; TSV or CSV), joined on
 * `patent_id` into one record per `g_patent` row. Each table is read once as it is found
 * (`add`); `finish` joins and writes the records in checkpointed batches, so a re-run of an
 * unchanged set is skipped and an interrupted one resumes after its last committed record.
 */
export class TableSet {
  readonly #tables: SetTable[] = []
  readonly #rows: RowPartitions
  #size = 0
  #mtimeMs = 0

  constructor(
    /** Folder the tables were found in: the set's identity across runs. */
    readonly key: string,
    /** The folder as given on the command line, for reports. */
    readonly display: string,
    private readonly options: TableSetOptions,
  ) {
    this.#rows = new RowPartitions(options.memoryBytes)
  }

  /** Reads one table of the set. Bad rows are reported and skipped; source errors are reported. */
  async add(source: IngestSource, table: PatentsViewTable, header: DelimitedHeader): Promise<void> {
    const index = this.#tables.length
    this.#tables.push({ table, header, display: source.display, orphans: 0 })
    this.#size += source.size
    this.#mtimeMs = Math.max(this.#mtimeMs, source.mtimeMs)
    const cols = new ColumnIndex(header.columns)
    const isPatent = table.id === 'patent'
    try {
      for await (const item of readTableRows(source, header)) {
        if (isRowIssue(item)) {
          this.#report(item)
          continue
        }
        const id = cols.get(item, 'patent_id')
        if (!id) {
          this.#report({
            severity: 'error',
            file: item.file,
            line: item.line,
            field: 'patent_id',
            message: 'row without a patent_id',
          })
          continue
        }
        this.#rows.add(id, [index, item.line, item.values], isPatent)
      }
    } catch (error) {
      this.#fail({ file: source.display, offset: null, id: null, reason: (error as Error).message })
    }
  }

  /** Joins the rows and writes the records. */
  async finish(): Promise<void> {
    const o = this.options
    try {
      if (!this.#tables.some((t) => t.table.id === 'patent')) {
        for (const t of this.#tables) {
          o.summary.skippedFiles.push({
            file: t.display,
            reason: `PatentsView ${t.table.name} table without a g_patent table in its folder: nothing to join it to`,
          })
        }
        return
      }
      await this.#join()
    } finally {
      this.#rows.dispose()
    }
  }

  async #join(): Promise<void> {
    const o = this.options
    const source = { key: `${this.key}#patentsview`, size: this.#size, mtimeMs: this.#mtimeMs }
    const previous = await o.store.getCheckpoint(source.key)
    const same = previous?.size === source.size && previous.mtimeMs === source.mtimeMs
    if (previous && same && previous.complete && !o.force) {
      o.summary.skipped += previous.documents
      o.summary.unchanged += previous.documents
      return
    }
    const resumeFrom = previous && same && !o.force ? previous.committedOffset : 0
    const writer = new RecordWriter(o.store, o.summary, source, {
      batchSize: o.batchSize,
      batchBytes: 64 * 1024 * 1024,
      documentsBefore: resumeFrom > 0 ? (previous?.documents ?? 0) : 0,
    })
    const failedBefore = o.summary.failed
    const version =
      this.#tables.find((t) => t.table.id === 'patent')!.header.delimiter === '\t' ? 'tsv' : 'csv'
    let ordinal = 0
    for (const [, rows] of this.#rows.groups()) {
      if (!rows.patent) {
        for (const [t] of rows.related) {
          this.#tables[t]!.orphans++
        }
        continue
      }
      ordinal++
      if (ordinal <= resumeFrom) {
        continue
      }
      const toRow = ([t, line, values]: readonly [number, number, readonly string[]]) => {
        const table = this.#tables[t]!
        return { table: table.table, row: { file: table.display, line, values } }
      }
      const assembled = assemblePatentsViewRecord(toRow(rows.patent), rows.related.map(toRow), {
        version,
      })
      assembled.issues
        .filter((i) => i.severity === 'error')
        .forEach((i) => this.#report(i, assembled.id))
      let record: PatentRecord | undefined
      if (assembled.record) {
        const checked = PatentRecord.safeParse(assembled.record)
        if (checked.success) {
          record = checked.data
        } else {
          const first = checked.error.issues[0]
          const p = toRow(rows.patent)
          this.#report(
            {
              severity: 'error',
              file: p.row.file,
              line: p.row.line,
              field: first?.path.join('.') ?? 'record',
              message: first?.message ?? checked.error.message,
            },
            assembled.id,
          )
        }
      } else if (assembled.skipped) {
        const p = toRow(rows.patent)
        addSkippedDocument(
          o.summary,
          { file: p.row.file, offset: null, line: p.row.line, reason: assembled.skipped },
          o.maxErrors,
        )
      }
      await writer.add(record, ordinal, 1)
    }
    for (const t of this.#tables) {
      if (t.orphans > 0) {
        o.summary.skippedFiles.push({
          file: t.display,
          reason: `${t.orphans} ${t.orphans === 1 ? 'row names a patent' : 'rows name patents'} that the g_patent table does not hold`,
        })
      }
    }
    await writer.flush(o.summary.failed === failedBefore ? 'complete' : 'reread')
  }

  #report(issue: RowIssue, id?: string): void {
    this.#fail({
      file: issue.file,
      offset: null,
      id: id ?? null,
      reason: `${issue.message} [${issue.field}]`,
      line: issue.line,
      field: issue.field,
    })
  }

  #fail(error: IngestSummary['errors'][number]): void {
    const s = this.options.summary
    s.failed++
    if (s.errors.length < this.options.maxErrors) {
      s.errors.push(error)
    }
  }
}
