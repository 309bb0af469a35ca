import { dirname } from 'node:path'
import type { DelimitedHeader, PatentsViewTable } from '@chuhai/core/ingest'
import type { IngestSource } from '../sources/ingest-source.js'
import { TableSet, type TableSetOptions } from './table-set.js'

/** A table recognised by `ingestSource` from its header. */
export interface FoundTable {
  readonly table: PatentsViewTable
  readonly header: DelimitedHeader
}

/**
 * The table sets of one ingest run, one per folder: PatentsView ships each table as its own file
 * (`g_patent.tsv.zip`, `g_cpc_current.tsv.zip` …) side by side, and a folder of them is one set.
 * Tables are read as the walk meets them; the joins run at the end of the run.
 */
export class TableSets {
  readonly #sets = new Map<string, TableSet>()

  constructor(private readonly options: TableSetOptions) {}

  /** Reads a table into the set of its folder (a zip's entries belong to the zip's folder). */
  async add(source: IngestSource, found: FoundTable): Promise<void> {
    const key = dirname(source.key.split('!')[0]!)
    let set = this.#sets.get(key)
    if (!set) {
      set = new TableSet(key, dirname(source.display.split('!')[0]!), this.options)
      this.#sets.set(key, set)
    }
    await set.add(source, found.table, found.header)
  }

  /** Joins and writes every set. */
  async finish(): Promise<void> {
    for (const set of this.#sets.values()) {
      await set.finish()
    }
    this.#sets.clear()
  }
}
