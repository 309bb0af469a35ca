import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** One row kept for the join: which table of the set, its line and its values. */
export type HeldRow = readonly [table: number, line: number, values: readonly string[]]

/** Every row of one patent: its `g_patent` row (when seen) and the rows of the other tables. */
export interface PatentRows {
  patent?: HeldRow
  readonly related: HeldRow[]
}

/** Spill files used once the rows held exceed the memory budget (grace hash join). */
const SPILL_PARTITIONS = 64
/** Bytes buffered per partition before a write. */
const WRITE_BUFFER = 256 * 1024

/**
 * Rows grouped by patent id for the join, within a memory budget. Rows are held in memory until
 * they exceed `budgetBytes`; then every row (those held and those still to come) goes to one of
 * 64 spill files chosen by a hash of the patent id, and `groups()` reads the files back one at a
 * time. Memory is bounded by the budget while reading and by one partition (≈ total / 64) while
 * joining, whatever the size of the tables. Groups come out in a deterministic order for a given
 * input (first appearance, partition by partition), which ingest checkpoints rely on.
 */
export class RowPartitions {
  readonly #budget: number
  #memory = new Map<string, PatentRows>()
  #bytes = 0
  #dir: string | undefined
  #fds: number[] = []
  #buffers: string[] = []

  /** @param budgetBytes Approximate bytes of row text held before spilling. Default is 256 MiB. */
  constructor(budgetBytes = 256 * 1024 * 1024) {
    this.#budget = budgetBytes
  }

  /** Whether rows went to disk. */
  get spilled(): boolean {
    return this.#dir !== undefined
  }

  /** Adds a row of `patentId`; `isPatent` marks the `g_patent` row. */
  add(patentId: string, row: HeldRow, isPatent: boolean): void {
    if (this.#dir !== undefined) {
      this.#write(patentId, row, isPatent)
      return
    }
    let entry = this.#memory.get(patentId)
    if (!entry) {
      entry = { related: [] }
      this.#memory.set(patentId, entry)
    }
    if (isPatent && !entry.patent) {
      entry.patent = row
    } else {
      entry.related.push(row)
    }
    this.#bytes += 64 + row[2].reduce((n, v) => n + v.length * 2, 0)
    if (this.#bytes > this.#budget) {
      this.#spill()
    }
  }

  /** The groups of rows, patent by patent. Call once, after the last `add`. */
  *groups(): Generator<[string, PatentRows]> {
    if (this.#dir === undefined) {
      yield* this.#memory
      this.#memory = new Map()
      return
    }
    for (let p = 0; p < SPILL_PARTITIONS; p++) {
      this.#flush(p)
    }
    for (const fd of this.#fds) {
      closeSync(fd)
    }
    this.#fds = []
    for (let p = 0; p < SPILL_PARTITIONS; p++) {
      const part = new Map<string, PatentRows>()
      const text = readFileSync(join(this.#dir, `${p}.jsonl`), 'utf8')
      for (const line of text.split('\n')) {
        if (line === '') {
          continue
        }
        const [id, isPatent, table, at, values] = JSON.parse(line) as [
          string,
          0 | 1,
          number,
          number,
          string[],
        ]
        let entry = part.get(id)
        if (!entry) {
          entry = { related: [] }
          part.set(id, entry)
        }
        if (isPatent === 1 && !entry.patent) {
          entry.patent = [table, at, values]
        } else {
          entry.related.push([table, at, values])
        }
      }
      yield* part
    }
  }

  /** Removes spill files. Safe to call more than once. */
  dispose(): void {
    for (const fd of this.#fds) {
      closeSync(fd)
    }
    this.#fds = []
    if (this.#dir !== undefined) {
      rmSync(this.#dir, { recursive: true, force: true })
    }
    this.#memory = new Map()
  }

  #spill(): void {
    this.#dir = mkdtempSync(join(tmpdir(), 'chuhai-join-'))
    for (let p = 0; p < SPILL_PARTITIONS; p++) {
      this.#fds.push(openSync(join(this.#dir, `${p}.jsonl`), 'w'))
      this.#buffers.push('')
    }
    for (const [id, entry] of this.#memory) {
      if (entry.patent) {
        this.#write(id, entry.patent, true)
      }
      for (const row of entry.related) {
        this.#write(id, row, false)
      }
    }
    this.#memory = new Map()
    this.#bytes = 0
  }

  #write(id: string, row: HeldRow, isPatent: boolean): void {
    const p = partitionOf(id)
    this.#buffers[p] += `${JSON.stringify([id, isPatent ? 1 : 0, row[0], row[1], row[2]])}\n`
    if (this.#buffers[p]!.length >= WRITE_BUFFER) {
      this.#flush(p)
    }
  }

  #flush(p: number): void {
    const text = this.#buffers[p]
    if (text) {
      writeSync(this.#fds[p]!, text)
      this.#buffers[p] = ''
    }
  }
}

/** FNV-1a of the id, to a partition. */
function partitionOf(id: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < id.length; i++) {
    h = Math.imul(h ^ id.charCodeAt(i), 0x01000193)
  }
  return (h >>> 0) % SPILL_PARTITIONS
}
